import { inChunks, insertChunked, type Knex } from '@smart-casework/kit';

/** The facts the watcher last saw for one member and one section of a household. */
export interface SnapshotRow {
  household_no: string;
  atena_no: string;
  /** A Resident section field, or `registry` for membership of the household. */
  section: string;
  digest: string;
  snapshot_json: string;
  taken_at: string;
}

const COLUMNS = ['household_no', 'atena_no', 'section', 'digest', 'snapshot_json', 'taken_at'];

/** Every snapshot of the given households, in one statement per ~2,000 households. */
export async function snapshotsOf(db: Knex, householdNos: readonly string[]): Promise<SnapshotRow[]> {
  return inChunks(householdNos, (chunk) => db('watch_snapshots').select<SnapshotRow[]>(COLUMNS).whereIn('household_no', chunk));
}

/** Replaces a household's snapshots with `rows` (inside the caller's transaction). */
export async function replaceSnapshots(trx: Knex | Knex.Transaction, householdNo: string, rows: readonly SnapshotRow[]): Promise<void> {
  await trx('watch_snapshots').where('household_no', householdNo).delete();
  await insertChunked(trx, 'watch_snapshots', rows);
}
