import { addDays, firstOfNextMonth } from '../dates';
import { dateBetween } from './random-dates';
import { AddressBook, CITY_GRADE, CITY_NAME } from './addresses';
import { assignAllowances } from './allowances';
import { assignProperty, assignVehicles } from './assets';
import { openCase, settleAmounts } from './assistance';
import { applyPlant, assignCaseload, openApplications, plantUndeclaredIncome, type Case } from './caseload';
import { assignCover } from './cover';
import type { AssistanceKind, HouseholdDraft } from './household-builder';
import { drawHouseholdSize, generalHousehold, recipientHousehold } from './households';
import { assignCare, assignDisability, assignRecipientDisability } from './health';
import { assignEarnings, assignRecipientEarnings } from './income';
import type { HouseholdWork, Member } from './model';
import { assignPension, survivorsPension } from './pensions';
import { Random } from './random';
import { registerHouseholds } from './registry';
import { cityStaff } from './staff';
import type { City } from './types';

export interface GenerateCityOptions {
  /** Number of residents (at least 200). */
  residents: number;
  seed: number;
  /** The day the city describes; default 2025-10-01. */
  referenceDate?: string;
}

export const DEFAULT_REFERENCE_DATE = '2025-10-01';
export const MIN_RESIDENTS = 200;

/** Share of residents on assistance (保護率 1.62%, DOMAIN.md 3.4) and the case mix. */
const PROTECTION_RATE = 0.0162;
const CASE_MIX: readonly (readonly [AssistanceKind, number])[] = [['elderly', 0.55], ['disabled-or-sick', 0.25], ['other', 0.155], ['single-parent', 0.045]];
const SUSPENDED_SHARE = 0.01;
/** cw001 needs one case of each of the six planted kinds, even in a tiny city. */
const MIN_CASES = 6;

/** The next case's kind, keeping the mix at every prefix (largest remainder), so small cities get it too. */
function nextCaseKind(counts: Map<AssistanceKind, number>, index: number): AssistanceKind {
  let best: AssistanceKind = 'elderly';
  let bestGap = -Infinity;
  for (const [kind, share] of CASE_MIX) {
    const gap = share * (index + 1) - (counts.get(kind) ?? 0);
    if (gap > bestGap) [best, bestGap] = [kind, gap];
  }
  counts.set(best, (counts.get(best) ?? 0) + 1);
  return best;
}

/** Household compositions adding up to exactly `residents` persons, in random order. */
function composeHouseholds(random: Random, residents: number, referenceDate: string): HouseholdDraft[] {
  const drafts: HouseholdDraft[] = [];
  let persons = 0;
  const target = Math.round(residents * PROTECTION_RATE);
  const counts = new Map<AssistanceKind, number>();
  for (let i = 0; persons < target || i < MIN_CASES; i++) {
    const draft = recipientHousehold(random, referenceDate, nextCaseKind(counts, i));
    drafts.push(draft);
    persons += draft.members.length;
  }
  while (persons < residents) {
    const draft = generalHousehold(random, referenceDate, Math.min(drawHouseholdSize(random), residents - persons));
    drafts.push(draft);
    persons += draft.members.length;
  }
  return random.shuffle(drafts);
}

/** Everything the departments know about a household not on assistance. */
function describeHousehold(random: Random, household: HouseholdWork, addresses: AddressBook, referenceDate: string): void {
  for (const member of household.members) assignDisability(random, member, referenceDate);
  assignEarnings(random, household);
  for (const member of household.members) assignPension(random, member, referenceDate, false);
  widowedParentPension(random, household, referenceDate);
  assignProperty(random, household, addresses, referenceDate);
  assignCover(random, household, referenceDate);
  for (const member of household.members) assignCare(random, member, referenceDate);
  assignVehicles(random, household, referenceDate);
  assignAllowances(random, household, referenceDate);
}

/** A few single mothers are widows with a 遺族基礎年金 (and so no 児童扶養手当). */
function widowedParentPension(random: Random, household: HouseholdWork, referenceDate: string): void {
  const family = household.families.find((f) => f.parents.length === 1 && f.parents[0]?.draft.role === 'head' && f.children.some((c) => c.draft.age < 18));
  const parent = family?.parents[0];
  if (!family || !parent || parent.person.pension || parent.draft.sex !== '女' || !random.chance(0.08)) return;
  const children = family.children.filter((c) => c.draft.age < 18);
  const youngest = children.reduce((d, c) => (c.person.birthDate > d ? c.person.birthDate : d), '0000-01-01');
  parent.person.pension = survivorsPension(children.length, firstOfNextMonth(dateBetween(random, youngest, addDays(referenceDate, -60))), referenceDate);
}

/** A household on assistance: its members' traits, then the case itself. */
function describeRecipients(random: Random, household: HouseholdWork, referenceDate: string, suspended: boolean): Case {
  const kind = household.draft.assistanceKind ?? 'other';
  for (const member of household.members) assignRecipientDisability(random, member, kind, referenceDate);
  assignRecipientEarnings(random, household);
  for (const member of household.members) assignPension(random, member, referenceDate, true);
  household.household.assistance = openCase(random, household, referenceDate, suspended);
  for (const member of household.members) assignCare(random, member, referenceDate);
  assignAllowances(random, household, referenceDate);
  const head = (household.members.find((m) => m.draft.role === 'head') ?? household.members[0]) as Member;
  return { work: household, assistance: household.household.assistance, head };
}

/** A suspended case is one whose head can work: never an elderly or single-parent case. */
function suspendedFlags(random: Random, households: HouseholdWork[]): Set<HouseholdWork> {
  const candidates = households.filter((h) => h.draft.assistanceKind === 'other' || h.draft.assistanceKind === 'disabled-or-sick');
  const count = Math.round(households.filter((h) => h.draft.assistanceKind).length * SUSPENDED_SHARE);
  return new Set(random.shuffle(candidates).slice(0, count));
}

/** Case numbers in the order the cases started, as an office numbers them. */
function numberCases(cases: Case[]): void {
  const ordered = [...cases].sort((a, b) => (a.assistance.startedOn < b.assistance.startedOn ? -1 : a.assistance.startedOn > b.assistance.startedOn ? 1 : 0));
  ordered.forEach((c, i) => (c.assistance.caseNo = `C${String(100001 + i)}`));
}

/**
 * The deterministic demo city: the same options always give the same city, byte for byte.
 * Parts draw from separate random streams so that a change in one part leaves the others alone.
 */
export function generateCity(options: GenerateCityOptions): City {
  const { residents, seed } = options;
  const referenceDate = options.referenceDate ?? DEFAULT_REFERENCE_DATE;
  if (!Number.isInteger(residents) || residents < MIN_RESIDENTS) throw new Error(`residents must be an integer of at least ${MIN_RESIDENTS} (got ${residents})`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(referenceDate)) throw new Error(`referenceDate must be YYYY-MM-DD (got ${referenceDate})`);
  const root = new Random(seed);
  const [composition, registry, traits, cases, plants] = [1, 2, 3, 4, 5].map((label) => root.fork(label)) as [Random, Random, Random, Random, Random];
  const addresses = new AddressBook(registry);
  const households = registerHouseholds(registry, addresses, composeHouseholds(composition, residents, referenceDate), referenceDate);
  const suspended = suspendedFlags(cases, households);
  const caseList: Case[] = [];
  for (const household of households) {
    if (household.draft.assistanceKind) caseList.push(describeRecipients(traits, household, referenceDate, suspended.has(household)));
    else describeHousehold(traits, household, addresses, referenceDate);
  }
  const planted = assignCaseload(cases, caseList, referenceDate);
  for (const [c, kind] of planted) applyPlant(plants, c, kind, addresses, referenceDate);
  for (const c of caseList) settleAmounts(cases, c.work, CITY_GRADE, referenceDate);
  for (const [c, kind] of planted) if (kind === 'undeclared-income') plantUndeclaredIncome(plants, c);
  numberCases(caseList);
  openApplications(cases, households, residents, referenceDate);
  return {
    seed,
    referenceDate,
    name: CITY_NAME,
    grade: CITY_GRADE,
    persons: households.flatMap((h) => h.members.map((m) => m.person)),
    households: households.map((h) => h.household),
    staff: cityStaff(),
  };
}
