import { foldForSearch, type Knex } from '@smart-casework/kit';
import { CHUNK } from './changes';

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

export function residentsByAtenaNos(db: Knex | Knex.Transaction, atenaNos: readonly string[]): Promise<ResidentRow[]> {
  return db('residents').select(COLUMNS).whereIn('atena_no', atenaNos);
}

/** 住民状態 of a person on the registry; 転出 and 死亡 keep their row (and history). */
export const CURRENT = '住民';

/** Current members (status 住民) of the households, in display order. */
export function membersByHouseholdNos(db: Knex | Knex.Transaction, householdNos: readonly string[]): Promise<ResidentRow[]> {
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

/** The folded copies of name and reading that search reads, computed as the seed does. */
export function searchColumns(name: string, nameKana: string): { name_folded: string; kana_folded: string } {
  return { name_folded: foldForSearch(name), kana_folded: foldForSearch(nameKana) };
}

/** Persons by atenaNo, in chunks (a delta file may name thousands). */
export async function residentsByAtenaNosChunked(db: Knex | Knex.Transaction, atenaNos: readonly string[]): Promise<ResidentRow[]> {
  const rows: ResidentRow[] = [];
  for (let i = 0; i < atenaNos.length; i += CHUNK) rows.push(...(await residentsByAtenaNos(db, atenaNos.slice(i, i + CHUNK))));
  return rows;
}

/** Current members of households, in chunks. */
export async function membersByHouseholdNosChunked(db: Knex | Knex.Transaction, householdNos: readonly string[]): Promise<ResidentRow[]> {
  const rows: ResidentRow[] = [];
  for (let i = 0; i < householdNos.length; i += CHUNK) rows.push(...(await membersByHouseholdNos(db, householdNos.slice(i, i + CHUNK))));
  return rows;
}

export async function insertResident(db: Knex | Knex.Transaction, row: ResidentRow): Promise<void> {
  await db('residents').insert({ ...row, ...searchColumns(row.name, row.name_kana) });
}

export async function updateResident(db: Knex | Knex.Transaction, atenaNo: string, patch: Partial<Omit<ResidentRow, 'atena_no'>>): Promise<void> {
  const search = patch.name !== undefined && patch.name_kana !== undefined ? searchColumns(patch.name, patch.name_kana) : {};
  await db('residents').where('atena_no', atenaNo).update({ ...patch, ...search });
}

/**
 * The largest serial (number without its check digit) in a registry-number column, for numbering
 * newcomers after it. Numbers of different lengths do not compare as text, so each length is
 * asked for in turn, longest first (LIKE with `_` is portable, unlike length()).
 */
export async function maxSerial(db: Knex, table: 'residents' | 'households', column: 'atena_no' | 'household_no'): Promise<{ serial: number; bodyLength: number } | null> {
  for (let length = 15; length >= 8; length--) {
    const row = (await db(table).where(column, 'like', '_'.repeat(length)).max(`${column} as value`).first()) as { value: string | null } | undefined;
    if (row?.value) return { serial: Number(row.value.slice(0, -1)), bodyLength: length - 1 };
  }
  return null;
}

/** Every current resident (住民), for the simulation of a period's changes. */
export function currentResidents(db: Knex): Promise<ResidentRow[]> {
  return db('residents').select(COLUMNS).where('status', CURRENT).orderBy(['household_no', 'display_order']);
}

/** Places people came from (転入前住所) as the registry has them, a sample for simulated newcomers. */
export async function previousAddresses(db: Knex, limit: number): Promise<string[]> {
  const rows: { previous_address: string }[] = await db('residents').whereNotNull('previous_address').distinct('previous_address').orderBy('previous_address').limit(limit);
  return rows.map((r) => r.previous_address);
}
