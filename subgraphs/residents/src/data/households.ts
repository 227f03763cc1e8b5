import type { Knex } from '@smart-casework/kit';

export interface HouseholdRow {
  household_no: string;
  address: string;
  postal_code: string;
  head_atena_no: string | null;
}

export function householdsByNos(db: Knex, householdNos: readonly string[]): Promise<HouseholdRow[]> {
  return db('households').select('household_no', 'address', 'postal_code', 'head_atena_no').whereIn('household_no', householdNos);
}
