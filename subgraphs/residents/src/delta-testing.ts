import type { ImportResult, Knex } from '@smart-casework/kit';
import { importRecords } from '@smart-casework/kit/testing';
import { delta } from './delta';

/** 処理日 of the tests' imports (the demo city's reference date). */
export const TODAY = '2025-10-01';

let serial = 0;

/** A delta file of the given rows (Japanese headers; 異動ID filled in when absent), imported as of `today`. */
export function importRows(db: Knex, rows: readonly Record<string, string>[], today = TODAY): Promise<ImportResult> {
  const records = rows.map((row) => ({ 異動ID: `T${++serial}`, ...row }));
  return importRecords(db, delta, records, { today });
}

/** Every row of the registry's tables, in a fixed order: to show that a rejected file changed nothing. */
export async function registrySnapshot(db: Knex): Promise<unknown[]> {
  return Promise.all([
    db('residents').select('*').orderBy('atena_no'),
    db('households').select('*').orderBy('household_no'),
    db('resident_changes').select('*').orderBy(['atena_no', 'history_no']),
  ]);
}
