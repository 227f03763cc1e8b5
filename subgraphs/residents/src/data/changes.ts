import { insertChunked, type Knex } from '@smart-casework/kit';

/** Keys per whereIn in the registry's bulk reads (well under every dialect's parameter limit). */
export const CHUNK = 1000;

export interface ResidentChangeRow {
  atena_no: string;
  history_no: number;
  reason: string;
  reason_group: string;
  change_date: string;
  processed_on: string;
  notified_on: string | null;
  household_no_before: string | null;
}

export function changesByAtenaNos(db: Knex, atenaNos: readonly string[]): Promise<ResidentChangeRow[]> {
  return db('resident_changes').select('*').whereIn('atena_no', atenaNos).orderBy([{ column: 'atena_no' }, { column: 'history_no', order: 'desc' }]);
}

/** 履歴番号 so far per person (the largest), for numbering new changes. */
export async function maxHistoryNos(db: Knex | Knex.Transaction, atenaNos: readonly string[]): Promise<Map<string, number>> {
  const found = new Map<string, number>();
  for (let i = 0; i < atenaNos.length; i += CHUNK) {
    const rows: { atena_no: string; history_no: number | string }[] = await db('resident_changes').whereIn('atena_no', atenaNos.slice(i, i + CHUNK)).groupBy('atena_no').select('atena_no').max('history_no as history_no');
    for (const row of rows) found.set(row.atena_no, Number(row.history_no));
  }
  return found;
}

export function insertChanges(db: Knex | Knex.Transaction, rows: readonly ResidentChangeRow[]): Promise<void> {
  return insertChunked(db, 'resident_changes', rows);
}
