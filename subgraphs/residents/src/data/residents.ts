import type { Knex } from '@smart-casework/kit';

export interface ResidentRow {
  atena_no: string;
  household_no: string;
  name: string;
  name_kana: string;
  birth_date: string;
  sex: string;
  relationship: string;
  display_order: number;
  status: string;
  resident_since: string;
  address_since: string;
  previous_address: string | null;
}

const COLUMNS = ['atena_no', 'household_no', 'name', 'name_kana', 'birth_date', 'sex', 'relationship', 'display_order', 'status', 'resident_since', 'address_since', 'previous_address'];

export function residentsByAtenaNos(db: Knex, atenaNos: readonly string[]): Promise<ResidentRow[]> {
  return db('residents').select(COLUMNS).whereIn('atena_no', atenaNos);
}

export function residentsByHouseholdNos(db: Knex, householdNos: readonly string[]): Promise<ResidentRow[]> {
  return db('residents').select(COLUMNS).whereIn('household_no', householdNos).orderBy(['household_no', 'display_order']);
}

export interface ResidentSearch {
  /** Folded (see foldForSearch) name or reading, without LIKE wildcards. */
  folded: string;
  /** Search the reading (kana) rather than the kanji name. */
  byReading: boolean;
  birthDate: string | null;
  limit: number;
}

/** Name search: the folded text anywhere in the folded name or reading (surname or given name). */
export function searchResidents(db: Knex, search: ResidentSearch): Promise<ResidentRow[]> {
  const query = db('residents').select(COLUMNS);
  if (search.folded !== '') query.where(search.byReading ? 'kana_folded' : 'name_folded', 'like', `%${search.folded}%`);
  if (search.birthDate) query.where('birth_date', search.birthDate);
  return query.orderBy([search.byReading ? 'kana_folded' : 'name_folded', 'atena_no']).limit(search.limit);
}
