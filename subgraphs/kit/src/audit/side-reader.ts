/**
 * The verifier's reader of the side tables (subjects.ts): each table read once, in (seq, value)
 * order, a page at a time, alongside the walk over `audit_entries`, so that memory holds one
 * page and one line's list however many persons the lines name.
 */
import type { Knex } from 'knex';
import type { AuditSubjectList } from './entry';
import { AUDIT_TABLE } from './migrations';
import { AUDIT_SIDE_TABLES, type AuditSideRow, type AuditSideTable } from './subjects';

interface SideValue {
  seq: number;
  value: string;
}

/** One side table, read forward. */
class SideStream {
  private buffer: SideValue[] = [];
  private next = 0;
  private last: SideValue | null = null;
  /** Every row of a seq up to this one has been fetched (a short page came back when it was committed). */
  private completeThrough = 0;
  /** Stored seqs of rows that no line of `audit_entries` has. */
  readonly orphans = new Set<number>();

  constructor(private readonly db: Knex, readonly side: AuditSideTable, private readonly pageSize: number) {}

  /**
   * The values of the line stored at `seq`; `known` is the last seq of the page of lines being
   * walked. Lines and their side rows commit together, in seq order, so once that page was read
   * every side row up to `known` is there to fetch.
   */
  async take(seq: number, known: number): Promise<string[]> {
    while ((this.last?.seq ?? 0) <= seq && this.completeThrough < seq) await this.fetch(known);
    const values: string[] = [];
    for (;;) {
      const row = this.buffer[this.next];
      if (!row || row.seq > seq) return values;
      if (row.seq < seq) this.orphans.add(row.seq);
      else values.push(row.value);
      this.next += 1;
    }
  }

  private async fetch(known: number): Promise<void> {
    const { table, column } = this.side;
    const after = this.last;
    const query = this.db(table).select('seq', column).orderBy([{ column: 'seq' }, { column }]).limit(this.pageSize);
    if (after) query.where((q) => q.where('seq', '>', after.seq).orWhere((same) => same.where('seq', after.seq).andWhere(column, '>', after.value)));
    const rows = ((await query) as AuditSideRow[]).map((row) => ({ seq: Number(row.seq), value: String(row[column]) }));
    this.buffer = [...this.buffer.slice(this.next), ...rows];
    this.next = 0;
    this.last = rows[rows.length - 1] ?? this.last;
    if (rows.length < this.pageSize) this.completeThrough = known;
  }

  /** Rows beyond the last line read (`head`) whose line does not exist, in one statement (lines appended meanwhile are not orphans). */
  async orphansAfter(head: number): Promise<void> {
    const { table } = this.side;
    const rows = (await this.db(table).distinct('seq').where('seq', '>', head).whereNotIn('seq', this.db(AUDIT_TABLE).select('seq').where('seq', '>', head))) as { seq: number | string }[];
    for (const row of rows) this.orphans.add(Number(row.seq));
  }
}

/** Both side tables, for the walk: each line's lists, then the seqs of side rows no line has. */
export class SideListReader {
  private constructor(private readonly streams: SideStream[]) {}

  /** Reads only the side tables that exist: a database the side tables' migration has not reached has no batch lines. */
  static async open(db: Knex, pageSize: number): Promise<SideListReader> {
    const present = await Promise.all(AUDIT_SIDE_TABLES.map((side) => db.schema.hasTable(side.table)));
    return new SideListReader(AUDIT_SIDE_TABLES.filter((_, i) => present[i]).map((side) => new SideStream(db, side, pageSize)));
  }

  async take(seq: number, known: number): Promise<Partial<Record<AuditSubjectList, string[]>>> {
    const lists: Partial<Record<AuditSubjectList, string[]>> = {};
    for (const stream of this.streams) lists[stream.side.list] = await stream.take(seq, known);
    return lists;
  }

  /** The stored seqs of side rows whose line is not in `audit_entries`, once the walk reached `head` (0: an empty log). */
  async orphans(head: number): Promise<number[]> {
    const seqs = new Set<number>();
    for (const stream of this.streams) {
      await stream.orphansAfter(head);
      for (const seq of stream.orphans) seqs.add(seq);
    }
    return [...seqs].sort((a, b) => a - b);
  }
}
