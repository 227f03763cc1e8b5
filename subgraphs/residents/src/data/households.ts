import type { Knex } from '@smart-casework/kit';
import { CHUNK } from './changes';

export interface HouseholdRow {
  household_no: string;
  address: string;
  postal_code: string;
  head_atena_no: string | null;
}

export function householdsByNos(db: Knex | Knex.Transaction, householdNos: readonly string[]): Promise<HouseholdRow[]> {
  return db('households').select('household_no', 'address', 'postal_code', 'head_atena_no').whereIn('household_no', householdNos);
}

/** Households by number, in chunks (a delta file may name thousands). */
export async function householdsByNosChunked(db: Knex | Knex.Transaction, householdNos: readonly string[]): Promise<HouseholdRow[]> {
  const rows: HouseholdRow[] = [];
  for (let i = 0; i < householdNos.length; i += CHUNK) rows.push(...(await householdsByNos(db, householdNos.slice(i, i + CHUNK))));
  return rows;
}

export async function insertHousehold(db: Knex | Knex.Transaction, row: HouseholdRow): Promise<void> {
  await db('households').insert(row);
}

export async function updateHousehold(db: Knex | Knex.Transaction, householdNo: string, patch: Partial<Omit<HouseholdRow, 'household_no'>>): Promise<void> {
  await db('households').where('household_no', householdNo).update(patch);
}

/** Every household (for the simulation; a few hundred thousand rows at most). */
export function allHouseholds(db: Knex): Promise<HouseholdRow[]> {
  return db('households').select('household_no', 'address', 'postal_code', 'head_atena_no').orderBy('household_no');
}
