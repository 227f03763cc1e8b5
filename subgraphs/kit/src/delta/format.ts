import type { Knex } from 'knex';
import { col, type Column, type ColumnValue, type Message } from './columns';

/** A problem found in a delta file; `line` is the file's line number (the header is line 1). */
export interface DeltaProblem extends Message {
  line: number;
  /** The column's Japanese header, when the problem is in one cell. */
  column?: string;
}

/** What every row carries, whatever the department (CSV headers 異動ID, 宛名番号, 異動事由, 異動日). */
export interface DeltaRowBase<R extends string = string> {
  line: number;
  /** 異動ID: the business system's id of this change; a change already applied is skipped. */
  changeId: string;
  /** 宛名番号 of the person the change is about. */
  atenaNo: string;
  /** 異動事由 */
  reason: R;
  /** 異動日: when the change took effect (not when it was processed). */
  effectiveDate: string;
}

export type Columns = Record<string, Column<unknown>>;
export type DeltaRow<R extends string, C extends Columns> = DeltaRowBase<R> & { [K in keyof C]: ColumnValue<C[K]> };

export interface ApplyContext {
  /** 処理日: today (SC_TODAY in tests and the demo). */
  processedOn: string;
}

export interface DeltaFormatSpec<R extends string, C extends Columns> {
  /** The department's registry name (residents, tax …). */
  department: string;
  /** 異動事由 this department exports. */
  reasons: readonly R[];
  /** The department's own columns, after the four common ones. */
  columns: C;
  /** Reasons whose 異動日 may lie in the future (e.g. a planned 転出); any other is refused. */
  futureDateReasons?: readonly R[];
  /** Rules across the cells of one row (which columns a reason needs, dates against 処理日 …); messages without a line. */
  validateRow?(row: DeltaRow<R, C>, context: ApplyContext): Message[];
  /** Checks against the database before anything is written, with the rows not yet applied. */
  check?(db: Knex.Transaction, rows: readonly DeltaRow<R, C>[], context: ApplyContext): Promise<DeltaProblem[]>;
  /** Writes the rows, in file order, inside the import's transaction. */
  apply(trx: Knex.Transaction, rows: readonly DeltaRow<R, C>[], context: ApplyContext): Promise<void>;
}

export interface DeltaFormat<R extends string = string, C extends Columns = Columns> extends DeltaFormatSpec<R, C> {
  /** Every column in file order, the common ones first, keyed by the row field they fill. */
  allColumns: ReadonlyArray<readonly [string, Column<unknown>]>;
}

/** The four columns every delta file starts with. */
export const COMMON_HEADERS = { changeId: '異動ID', atenaNo: '宛名番号', reason: '異動事由', effectiveDate: '異動日' } as const;

function changeIdColumn(): Column<string> {
  const text = col.text(COMMON_HEADERS.changeId, 40);
  return {
    ...text,
    expected: { ja: '英数字・ハイフン・下線の40文字以内', en: 'up to 40 letters, digits, hyphens or underscores' },
    parse: (cell) => (/^[A-Za-z0-9_-]{1,40}$/.test(cell) ? { ok: true, value: cell } : { ok: false }),
  };
}

/** Declares a department's delta file: its reasons, columns, row rules, checks and how it is applied. */
export function defineDeltaFormat<const R extends string, C extends Columns>(spec: DeltaFormatSpec<R, C>): DeltaFormat<R, C> {
  const common: Array<readonly [string, Column<unknown>]> = [
    ['changeId', changeIdColumn()],
    ['atenaNo', col.registryNo(COMMON_HEADERS.atenaNo)],
    ['reason', col.oneOf(COMMON_HEADERS.reason, spec.reasons)],
    ['effectiveDate', col.date(COMMON_HEADERS.effectiveDate)],
  ];
  const own = Object.entries(spec.columns);
  const headers = new Set<string>();
  for (const [, column] of [...common, ...own]) {
    if (headers.has(column.header)) throw new Error(`delta format of ${spec.department}: header ${column.header} appears twice`);
    headers.add(column.header);
  }
  return { ...spec, allColumns: [...common, ...own] };
}

/** The headers of a format, in file order (for writers and documentation). */
export function deltaHeaders(format: DeltaFormat): string[] {
  return format.allColumns.map(([, column]) => column.header);
}
