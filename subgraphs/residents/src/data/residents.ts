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

/** 住民状態 of a person on the registry; 転出 and 死亡 keep their row (and history). */
export const CURRENT = '住民';

/** Current members (status 住民) of the households, in display order. */
export function membersByHouseholdNos(db: Knex, householdNos: readonly string[]): Promise<ResidentRow[]> {
  return db('residents').select(COLUMNS).whereIn('household_no', householdNos).where('status', CURRENT).orderBy(['household_no', 'display_order']);
}

/** A former member, with the household they left. */
export interface FormerMemberRow extends ResidentRow {
  former_household_no: string;
}

/**
 * Persons who left the households: removed while in one (転出/死亡 keep their household_no)
 * or moved out by a change that recorded household_no_before. One statement (UNION, which
 * also drops the duplicates a person with several such changes would give).
 */
export async function formerMembersByHouseholdNos(db: Knex, householdNos: readonly string[]): Promise<FormerMemberRow[]> {
  const removed = db('residents').select([...COLUMNS, 'household_no as former_household_no']).whereIn('household_no', householdNos).whereNot('status', CURRENT);
  const moved = db('residents as r')
    .join('resident_changes as c', 'c.atena_no', 'r.atena_no')
    .select([...COLUMNS.map((c) => `r.${c}`), 'c.household_no_before as former_household_no'])
    .whereIn('c.household_no_before', householdNos)
    // Someone who came back and lives there again is a member, not a former one.
    .whereNot((q) => q.where('r.household_no', db.ref('c.household_no_before')).andWhere('r.status', CURRENT));
  const rows: FormerMemberRow[] = await removed.union(moved);
  return rows.sort((a, b) => (a.atena_no < b.atena_no ? -1 : a.atena_no > b.atena_no ? 1 : 0));
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
