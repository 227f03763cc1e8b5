/**
 * Lines that name many persons: a batch read (the change watcher's sweep) is one line per
 * department and outcome, its persons and households kept in two side tables, one row per
 * (seq, value), written in the line's transaction. The line's hash covers both lists, so
 * `verifyAuditChain` names a side row altered, added or removed as the line it belongs to.
 */
import { AUDIT_COLUMN_LENGTHS, type AuditEntryInput, type AuditSubjectList } from './entry';

/** 宛名番号 of the persons a batch line disclosed. */
export const AUDIT_SUBJECTS_TABLE = 'audit_entry_subjects';
/** 世帯番号 of the households a batch line read as a whole. */
export const AUDIT_HOUSEHOLDS_TABLE = 'audit_entry_households';

export interface AuditSideTable {
  /** The entry's list it stores. */
  list: AuditSubjectList;
  table: string;
  column: 'atena_no' | 'household_no';
  length: number;
}

export const AUDIT_SIDE_TABLES: readonly AuditSideTable[] = [
  { list: 'subjects', table: AUDIT_SUBJECTS_TABLE, column: 'atena_no', length: AUDIT_COLUMN_LENGTHS.atena_no },
  { list: 'subjectHouseholds', table: AUDIT_HOUSEHOLDS_TABLE, column: 'household_no', length: AUDIT_COLUMN_LENGTHS.household_no },
];

/** A row of `audit_entry_subjects` (`atena_no`) or `audit_entry_households` (`household_no`). */
export type AuditSideRow = { seq: number } & Partial<Record<AuditSideTable['column'], string>>;

/** The side rows of normalised, sequenced entries, per table. */
export function sideRows(entries: readonly (AuditEntryInput & { seq: number })[]): Map<AuditSideTable, AuditSideRow[]> {
  const byTable = new Map<AuditSideTable, AuditSideRow[]>();
  for (const side of AUDIT_SIDE_TABLES) {
    const rows = entries.flatMap((entry) => (entry[side.list] ?? []).map((value) => ({ seq: entry.seq, [side.column]: value })));
    if (rows.length > 0) byTable.set(side, rows);
  }
  return byTable;
}

/** How many rows an entry writes: the line and its side rows (the writer sizes transactions by it). */
export function entryWeight(entry: AuditEntryInput): number {
  return 1 + (entry.subjects?.length ?? 0) + (entry.subjectHouseholds?.length ?? 0);
}
