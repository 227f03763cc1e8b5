import type { Knex } from '@smart-casework/kit';
import { maxHistoryNos } from '../data/changes';
import { householdsByNosChunked, type HouseholdRow } from '../data/households';
import { membersByHouseholdNosChunked, residentsByAtenaNosChunked, type ResidentRow } from '../data/residents';
import type { RegistryRow } from './columns';

/** A household as a delta file sees it while it is walked row by row. */
export interface HouseholdState {
  row: HouseholdRow;
  /** Current members (住民), in display order. */
  members: ResidentRow[];
}

/**
 * The part of the registry a delta file touches, read once and then kept up to date in memory
 * as rows are checked or applied in file order: so a row may build on an earlier one (a birth
 * into a household created two lines above, the 転出 of someone who came in last week).
 */
export interface RegistryView {
  persons: Map<string, ResidentRow>;
  households: Map<string, HouseholdState>;
  /** The last 履歴番号 per person. */
  history: Map<string, number>;
}

export async function loadView(db: Knex.Transaction, rows: readonly RegistryRow[]): Promise<RegistryView> {
  const persons = new Map<string, ResidentRow>();
  for (const person of await residentsByAtenaNosChunked(db, [...new Set(rows.map((r) => r.atenaNo))])) persons.set(person.atena_no, person);
  const householdNos = new Set<string>();
  for (const row of rows) if (row.householdNo) householdNos.add(row.householdNo);
  for (const person of persons.values()) householdNos.add(person.household_no);
  const households = new Map<string, HouseholdState>();
  for (const household of await householdsByNosChunked(db, [...householdNos])) households.set(household.household_no, { row: household, members: [] });
  // Members come in display order; a person named in the file is the same object in both maps.
  for (const member of await membersByHouseholdNosChunked(db, [...households.keys()])) {
    const person = persons.get(member.atena_no) ?? member;
    persons.set(person.atena_no, person);
    households.get(person.household_no)?.members.push(person);
  }
  const history = await maxHistoryNos(db, [...persons.keys()]);
  return { persons, households, history };
}
