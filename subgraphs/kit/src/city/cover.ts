import { addDays, addYears, maxDate, minDate } from '../dates';
import { dateBetween } from './random-dates';
import { totalIncome, type HouseholdWork, type Member } from './model';
import type { Random } from './random';

/**
 * Health cover (被用者保険, 国保, 後期), 国民年金 category and exemption, and who claims whom as a
 * dependant in tax, all following from work and income.
 */
const EMPLOYEE_INSURED_MIN_SALARY = 1_300_000;
const HEALTH_DEPENDANT_MAX_INCOME = 1_300_000;

const isEmployeeInsured = (m: Member) => m.work === 'employee' && m.person.income.salary >= EMPLOYEE_INSURED_MIN_SALARY && m.draft.age < 75;

/** The insured person's spouse and the children they raise. */
function familyOf(household: HouseholdWork, insured: Member): Member[] {
  const families = household.families.filter((f) => f.parents.includes(insured));
  const spouses = families.flatMap((f) => f.parents).filter((p) => p !== insured);
  const spouseRole = insured.draft.role === 'head' ? 'spouse' : insured.draft.role === 'spouse' ? 'head' : null;
  const spouse = household.members.find((m) => m.draft.role === spouseRole && spouseRole !== null);
  const children = families.flatMap((f) => f.children);
  return [...new Set([...spouses, ...(spouse ? [spouse] : []), ...children])];
}

/** Who is covered by an employee scheme: the insured and their low-income family members. */
function employeeCovered(household: HouseholdWork): Map<Member, Member> {
  const coveredBy = new Map<Member, Member>();
  for (const insured of household.members.filter(isEmployeeInsured)) coveredBy.set(insured, insured);
  for (const insured of household.members.filter(isEmployeeInsured)) {
    for (const relative of familyOf(household, insured)) {
      if (!coveredBy.has(relative) && relative.draft.age < 75 && totalIncome(relative.person) < HEALTH_DEPENDANT_MAX_INCOME) coveredBy.set(relative, insured);
    }
  }
  return coveredBy;
}

function kokuhoSince(random: Random, member: Member, referenceDate: string): string {
  const { person, draft } = member;
  const latest = addDays(referenceDate, -30);
  if (draft.age < 20) return person.residentSince;
  const event = draft.age >= 60 ? minDate(addYears(person.birthDate, random.int(60, 65)), latest) : dateBetween(random, maxDate(addYears(person.birthDate, 18), addYears(referenceDate, -12)), latest);
  return maxDate(person.residentSince, event);
}

/** Health cover and 国民年金 status of a household not on assistance. */
export function assignCover(random: Random, household: HouseholdWork, referenceDate: string): void {
  const coveredBy = employeeCovered(household);
  const since = new Map<Member, string>();
  for (const member of household.members) {
    const { person, draft } = member;
    const insurer = coveredBy.get(member);
    if (draft.age >= 75) {
      person.healthCover = 'koki';
      person.healthCoverSince = maxDate(addYears(person.birthDate, 75), person.residentSince);
    } else if (insurer) {
      person.healthCover = 'employee';
      const own = since.get(insurer) ?? dateBetween(random, maxDate(addYears(insurer.person.birthDate, 18), addYears(referenceDate, -25)), addDays(referenceDate, -30));
      since.set(insurer, own);
      person.healthCoverSince = maxDate(own, person.addressSince);
    } else {
      person.healthCover = 'kokuho';
      person.healthCoverSince = kokuhoSince(random, member, referenceDate);
    }
    assignPensionStatus(random, member, insurer);
  }
  assignTaxDependants(household);
}

/** 第2号 for the employee-insured, 第3号 for their dependent spouse, 第1号 for everyone else (20–59). */
function assignPensionStatus(random: Random, member: Member, insurer: Member | undefined): void {
  const { person, draft } = member;
  if (draft.age < 20 || draft.age >= 60) return;
  if (insurer === member) person.pensionCategory = '第2号';
  else if (insurer && (draft.role === 'spouse' || draft.role === 'childSpouse' || draft.role === 'head')) person.pensionCategory = '第3号';
  else person.pensionCategory = '第1号';
  if (person.pensionCategory !== '第1号') return;
  const grade = person.pension?.kind === '障害基礎年金' ? person.pension.grade : null;
  if (grade) person.pensionExemption = '法定免除';
  else if (member.work !== 'student' && totalIncome(person) < 570_000 && random.chance(0.4)) person.pensionExemption = '申請全額免除';
}

/** Income a dependant may have (所得 ≤ 480,000円) expressed on the income kinds we keep. */
function canBeDependant(member: Member): boolean {
  const i = member.person.income;
  const pensionAllowance = member.draft.age >= 65 ? 1_580_000 : 1_080_000;
  return i.salary <= 1_030_000 && i.publicPension <= pensionAllowance && i.business + i.realEstate + i.miscellaneous <= 100_000 && (i.salary === 0 || i.publicPension === 0);
}

/** The household's main taxpayer claims family members with little income (扶養). */
function assignTaxDependants(household: HouseholdWork): void {
  const earners = household.members.filter((m) => m.draft.role !== 'lodger' && totalIncome(m.person) >= 1_000_000);
  const main = earners.sort((a, b) => totalIncome(b.person) - totalIncome(a.person))[0];
  if (!main) return;
  for (const member of household.members) {
    if (member === main || member.draft.role === 'lodger' || member.draft.role === 'relative') continue;
    if (canBeDependant(member)) member.person.dependantOf = main.person.atenaNo;
  }
}

/** On assistance: no 国保/後期 (医療扶助 instead), and 法定免除 for the 国民年金 第1号. */
export function assignRecipientCover(household: HouseholdWork, startedOn: string): void {
  for (const { person, draft } of household.members) {
    person.healthCover = 'none';
    person.healthCoverSince = maxDate(startedOn, person.birthDate);
    person.dependantOf = null;
    person.pensionCategory = draft.age >= 20 && draft.age < 60 ? '第1号' : null;
    person.pensionExemption = person.pensionCategory ? '法定免除' : null;
  }
}
