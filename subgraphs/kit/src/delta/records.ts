import type { Message } from './columns';
import type { DeltaFormat, DeltaRowBase } from './format';
import type { DeltaRecord, SimulationContext } from './simulation';

/** A simulated change before it gets its 異動ID and a line of the file. */
export type PlannedDeltaRow<Row extends DeltaRowBase> = Omit<Row, 'line' | 'changeId'>;

/**
 * A typed row (or part of one: its four common fields and the cells it uses) as the delta file
 * writes it: every filled column under its Japanese header. Empty cells are left out; the
 * writer leaves them blank.
 */
export function toDeltaRecord(format: DeltaFormat, row: object): DeltaRecord {
  const cells = row as Readonly<Record<string, unknown>>;
  const record: DeltaRecord = {};
  for (const [key, column] of format.allColumns) {
    const value = cells[key];
    if (value !== null && value !== undefined && value !== '') record[column.header] = String(value);
  }
  return record;
}

/**
 * The planned rows that pass `step` in order, each given a fresh 異動ID, as records. `step`
 * checks a row against a ledger the earlier rows have updated (as the import will), so the
 * file a simulation writes imports whole; a row the earlier ones made impossible is dropped.
 */
export function recordsThatApply<Row extends DeltaRowBase>(ctx: Pick<SimulationContext, 'nextChangeId'>, format: DeltaFormat, planned: readonly PlannedDeltaRow<Row>[], step: (row: Row) => readonly Message[]): DeltaRecord[] {
  const records: DeltaRecord[] = [];
  for (const row of planned) {
    const full = { ...row, line: 0, changeId: ctx.nextChangeId() } as Row;
    if (step(full).length === 0) records.push(toDeltaRecord(format, full));
  }
  return records;
}
