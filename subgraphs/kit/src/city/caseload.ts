import { addDays, addYears, ageOn, maxDate } from '../dates';
import { dateBetween } from './random-dates';
import type { AddressBook } from './addresses';
import { farmland, vehicle } from './assets';
import type { HouseholdWork, Member } from './model';
import type { Random } from './random';
import { CASEWORKER_COUNT, caseworkerId } from './staff';
import type { AssistanceTrait, PlantedCase } from './types';

/**
 * Caseloads, planted cases and open applications. cw001 (the demo caseworker) gets one case of
 * every planted kind first; the other cases go to whoever has the fewest, so loads are equal.
 */
export const PLANTED_KINDS: readonly PlantedCase[] = ['unclaimed-pension', 'employee-insurance', 'kokuho-not-ended', 'undeclared-income', 'light-vehicle', 'land'];
const PLANTED_SHARE = 0.015;

export interface Case {
  work: HouseholdWork;
  assistance: AssistanceTrait;
  head: Member;
}

function eligible(kind: PlantedCase, c: Case, referenceDate: string, strict: boolean): boolean {
  if (c.assistance.status !== '保護中' || c.head.person.planted.length > 0) return false;
  const age = ageOn(c.head.person.birthDate, referenceDate);
  if (kind === 'unclaimed-pension') return age >= 66;
  if (kind === 'employee-insurance') return age >= 20 && age < 65;
  if (kind === 'kokuho-not-ended') return age < 75;
  // Last year's tax record shows only what was earned while already on assistance.
  if (kind === 'undeclared-income' && strict) return c.assistance.startedOn < `${Number(referenceDate.slice(0, 4)) - 1}-01-01`;
  return true;
}

function pick(kind: PlantedCase, cases: Case[], referenceDate: string): Case | undefined {
  return cases.find((c) => eligible(kind, c, referenceDate, true)) ?? cases.find((c) => eligible(kind, c, referenceDate, false));
}

/** Assigns caseworkers and plants the demo's irregularities; returns what to apply after amounts. */
export function assignCaseload(random: Random, cases: Case[], referenceDate: string): Map<Case, PlantedCase> {
  const planted = new Map<Case, PlantedCase>();
  const loads = Array.from({ length: CASEWORKER_COUNT }, () => 0);
  const order = random.shuffle([...cases]);
  for (const kind of PLANTED_KINDS) {
    const c = pick(kind, order, referenceDate);
    if (!c) continue;
    planted.set(c, kind);
    c.head.person.planted.push(kind);
    c.assistance.caseworkerId = caseworkerId(0);
    loads[0] = (loads[0] ?? 0) + 1;
  }
  for (const c of cases) {
    if (c.assistance.caseworkerId) continue;
    const least = loads.indexOf(Math.min(...loads));
    c.assistance.caseworkerId = caseworkerId(least);
    loads[least] = (loads[least] ?? 0) + 1;
  }
  const target = Math.max(1, Math.round(cases.length * PLANTED_SHARE));
  for (const kind of PLANTED_KINDS) {
    for (let n = [...planted.values()].filter((k) => k === kind).length; n < target; n++) {
      const c = order.find((x) => eligible(kind, x, referenceDate, true));
      if (!c) break;
      planted.set(c, kind);
      c.head.person.planted.push(kind);
    }
  }
  return planted;
}

/** Changes that the departments' data show but the welfare office has not recorded. */
export function applyPlant(random: Random, c: Case, kind: PlantedCase, addresses: AddressBook, referenceDate: string): void {
  const { person } = c.head;
  const { startedOn } = c.assistance;
  switch (kind) {
    case 'light-vehicle':
      person.vehicles.push(vehicle(random, referenceDate, '軽四輪乗用 自家用'));
      break;
    case 'land':
      person.land.push(farmland(random, addresses));
      break;
    case 'kokuho-not-ended':
      person.healthCover = 'kokuho';
      person.healthCoverSince = dateBetween(random, maxDate(person.residentSince, maxDate(person.birthDate, addYears(startedOn, -10))), addDays(startedOn, -30));
      break;
    case 'employee-insurance':
      person.healthCover = 'employee';
      person.healthCoverSince = dateBetween(random, maxDate(startedOn, addDays(referenceDate, -90)), addDays(referenceDate, -5));
      if (person.pensionCategory) [person.pensionCategory, person.pensionExemption] = ['第2号', null];
      break;
    case 'unclaimed-pension':
      person.pension = null;
      person.income.publicPension = 0;
      c.head.employeePension = 0;
      break;
    case 'undeclared-income':
      break;
  }
}

/** After amounts are settled: last year's salary, well above twelve months of recognised income. */
export function plantUndeclaredIncome(random: Random, c: Case): void {
  const yearly = 12 * c.assistance.recognisedIncome;
  c.head.person.income.salary = Math.round(Math.max(1_200_000, yearly * 1.5 + random.int(600, 1_400) * 1000) / 1000) * 1000;
}

/** Open applications scale with the city: 40 a month for 150,000 residents (MISSION.md). */
export function applicationCount(residents: number): number {
  return Math.min(40, Math.max(2, Math.round((residents * 40) / 150_000)));
}

const householdIncome = (h: HouseholdWork) => h.members.reduce((sum, m) => sum + m.person.income.salary + m.person.income.publicPension + m.person.income.business + m.person.income.realEstate, 0);

/** Applications from low-income households not on assistance; cw001 has at least two. */
export function openApplications(random: Random, households: HouseholdWork[], residents: number, referenceDate: string): void {
  const count = applicationCount(residents);
  const others = households.filter((h) => !h.household.assistance);
  const poor = random.shuffle(others.filter((h) => householdIncome(h) < 1_500_000 && !h.ownsHome && h.members.every((m) => m.person.healthCover !== 'employee')));
  const chosen = new Set(poor);
  const rest = poor.length >= count ? [] : others.filter((h) => !chosen.has(h)).sort((a, b) => householdIncome(a) - householdIncome(b));
  [...poor, ...rest].slice(0, count).forEach((h, i) => {
    const head = h.household.headAtenaNo ?? h.household.memberAtenaNos[0] ?? '';
    const caseworker = i < 2 ? 0 : (i - 2) % CASEWORKER_COUNT;
    h.household.application = { applicationNo: `A${String(100001 + i)}`, applicantAtenaNo: head, appliedOn: addDays(referenceDate, -random.int(1, 13)), caseworkerId: caseworkerId(caseworker), status: '調査中' };
  });
}
