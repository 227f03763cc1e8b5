import { addDays, addYears, ageOn, endOfHighSchoolYears, maxDate } from '../dates';
import { dateBetween } from './random-dates';
import { assistanceParameters, bySize, earnedIncomeDeduction, type AssistanceParameters } from './assistance-parameters';
import { assignRecipientCover } from './cover';
import type { HouseholdWork, Member } from './model';
import { monthsPaidLastYear, oldAgeBasicPension } from './pensions';
import type { Random } from './random';
import type { AssistanceTrait } from './types';

/**
 * Cases on assistance: when they started, their 最低生活費 from the dated 基準, the income the
 * office recognised and the resulting 保護費 (DOMAIN.md 3.1).
 */
const roundUpTo10 = (value: number) => Math.ceil(value / 10) * 10;

function firstCategory(p: AssistanceParameters, age: number): number {
  let amount = p.firstCategory[0]?.amount ?? 0;
  for (const band of p.firstCategory) if (age >= band.minAge) amount = band.amount;
  return amount;
}

/** 障害者加算 level of a person: certificate grade or disability pension grade. */
function disabilityLevel(member: Member): 'severe' | 'moderate' | null {
  const { disability: d, pension } = member.person;
  const pensionGrade = pension?.kind === '障害基礎年金' ? pension.grade : null;
  const severe = d && ((d.kind === '身体' && (d.grade === '1級' || d.grade === '2級')) || (d.kind === '精神' && d.grade === '1級'));
  const moderate = d && ((d.kind === '身体' && d.grade === '3級') || (d.kind === '精神' && d.grade === '2級'));
  if (pensionGrade === 1 || severe) return 'severe';
  return pensionGrade === 2 || moderate ? 'moderate' : null;
}

const isSchoolChild = (member: Member, on: string) => member.draft.role !== 'head' && endOfHighSchoolYears(member.person.birthDate) >= on;

/** 母子加算 for a single parent with children, replaced by 障害者加算 when that is higher. */
function parentAddition(p: AssistanceParameters, household: HouseholdWork, parent: Member, on: string): number {
  const disability = disabilityLevel(parent);
  const own = disability ? p.disability[disability] : 0;
  if (household.draft.assistanceKind !== 'single-parent' || parent.draft.role !== 'head') return own;
  const children = household.members.filter((m) => isSchoolChild(m, on)).length;
  const singleParent = children === 0 ? 0 : children === 1 ? p.singleParent.one : p.singleParent.two + p.singleParent.perExtra * (children - 2);
  return Math.max(own, singleParent);
}

/** 最低生活費 a month: 生活扶助 + 住宅扶助 + 加算. */
export function minimumCostOfLiving(household: HouseholdWork, grade: string, on: string): number {
  const p = assistanceParameters(on, grade);
  const size = household.members.length;
  const first = household.members.reduce((sum, m) => sum + firstCategory(p, ageOn(m.person.birthDate, on)), 0);
  const living = roundUpTo10(first * bySize(p.reduction, size)) + bySize(p.secondCategory, size) + p.specialAddition * size;
  const housing = Math.min(household.rent, bySize(p.housingCeiling, size));
  const additions = household.members.reduce((sum, m) => sum + (isSchoolChild(m, on) ? p.childRearing : 0) + parentAddition(p, household, m, on), 0);
  return living + housing + additions;
}

/** 収入認定額 a month: pensions, child allowances and declared earnings after 勤労控除. */
export function recognisedIncome(household: HouseholdWork): number {
  let total = 0;
  for (const member of household.members) {
    const { pension, income } = member.person;
    if (pension) total += Math.round((pension.annualAmount + member.employeePension) / 12);
    const earnings = Math.round(income.salary / 12);
    total += earnings - earnedIncomeDeduction(earnings);
  }
  return total + household.household.allowances.reduce((sum, a) => sum + a.monthlyAmount, 0);
}

function rent(random: Random, household: HouseholdWork): number {
  if (household.dwelling === 'public-housing') return random.int(12, 28) * 1000;
  return random.int(28, 52) * 1000;
}

/** Opens the case (amounts come later, once planted changes are in): start, status, health cover. */
export function openCase(random: Random, household: HouseholdWork, referenceDate: string, suspended: boolean): AssistanceTrait {
  const head = (household.members.find((m) => m.draft.role === 'head') ?? household.members[0]) as Member;
  const years = household.draft.assistanceKind === 'elderly' ? 15 : 8;
  const earliest = maxDate(head.person.residentSince, maxDate(addYears(head.person.birthDate, 18), addYears(referenceDate, -years)));
  const startedOn = dateBetween(random, earliest, addDays(referenceDate, -30));
  household.rent = rent(random, household);
  assignRecipientCover(household, startedOn);
  if (suspended) suspend(random, household, referenceDate);
  // Visits are at least yearly; a few cases have slipped past that (CASE_REVIEW_OVERDUE).
  const overdue = random.chance(0.03) && startedOn < addDays(referenceDate, -450);
  const lastReviewedOn = overdue ? dateBetween(random, addDays(referenceDate, -450), addDays(referenceDate, -370)) : dateBetween(random, maxDate(startedOn, addDays(referenceDate, -330)), addDays(referenceDate, -3));
  return { caseNo: '', status: suspended ? '停止中' : '保護中', startedOn, caseworkerId: '', monthlyBenefit: 0, minimumCostOfLiving: 0, recognisedIncome: 0, lastReviewedOn };
}

/** While protection is 停止, members are insured again (国保, or 後期 from 75). */
function suspend(random: Random, household: HouseholdWork, referenceDate: string): void {
  const since = dateBetween(random, addDays(referenceDate, -120), addDays(referenceDate, -10));
  for (const { person } of household.members) {
    person.healthCover = ageOn(person.birthDate, referenceDate) >= 75 ? 'koki' : 'kokuho';
    person.healthCoverSince = maxDate(since, person.birthDate);
  }
}

/** 保護費 below which a case would hardly be on assistance; such cases get smaller pensions. */
const MIN_BENEFIT = 3_000;

/** Recipients with pensions: those receiving assistance have short contribution records. */
function trimPensions(household: HouseholdWork, referenceDate: string): void {
  for (const member of household.members) {
    const { person } = member;
    if (person.pension?.kind !== '老齢基礎年金') continue;
    member.employeePension = 0;
    person.pension.annualAmount = oldAgeBasicPension(person.birthDate, 180, referenceDate);
    person.income.publicPension = Math.round((person.pension.annualAmount * monthsPaidLastYear(person.pension.startedOn, referenceDate)) / 12);
  }
}

/** Fills in 最低生活費, 収入認定額 and 保護費; a suspended case's current income covers its needs. */
export function settleAmounts(random: Random, household: HouseholdWork, grade: string, referenceDate: string): void {
  const assistance = household.household.assistance;
  if (!assistance) return;
  assistance.minimumCostOfLiving = minimumCostOfLiving(household, grade, referenceDate);
  assistance.recognisedIncome = recognisedIncome(household);
  if (assistance.status === '保護中' && assistance.minimumCostOfLiving - assistance.recognisedIncome < MIN_BENEFIT) {
    trimPensions(household, referenceDate);
    assistance.recognisedIncome = recognisedIncome(household);
  }
  // 停止: income found this year (a temporary job) covers the 最低生活費 for now.
  if (assistance.status === '停止中') assistance.recognisedIncome = assistance.minimumCostOfLiving + random.int(2, 40) * 1000;
  assistance.monthlyBenefit = Math.max(0, assistance.minimumCostOfLiving - assistance.recognisedIncome);
}
