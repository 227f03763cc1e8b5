import { addDays, addMonths, addYears, effectiveOn, firstOfNextMonth, maxDate, minDate } from '../dates';
import { dateBetween } from './random-dates';
import type { Member } from './model';
import type { Random } from './random';
import type { PensionTrait } from './types';

/** 国民年金 amounts as dated parameters (DOMAIN.md 2.4); pick the row in force on a date. */
export const BASIC_PENSION_PARAMETERS = [
  {
    from: '2025-04-01',
    /** 老齢基礎年金 (40 years), born 1956-04-02 or later / 1956-04-01 or earlier. */
    oldAgeFull: 831_700,
    oldAgeFullOlderCohort: 829_300,
    disabilityGrade1: 1_039_625,
    disabilityGrade2: 831_700,
    childAddition: 239_300,
    childAdditionThirdOnward: 79_800,
  },
] as const;

export function basicPensionParameters(on: string) {
  return effectiveOn(BASIC_PENSION_PARAMETERS, on);
}

/** 老齢基礎年金 for the months paid (plus weighted exempt months) out of 480. */
export function oldAgeBasicPension(birthDate: string, months: number, on: string): number {
  const p = basicPensionParameters(on);
  const full = birthDate <= '1956-04-01' ? p.oldAgeFullOlderCohort : p.oldAgeFull;
  return Math.round((full * Math.min(480, months)) / 480);
}

/** Paid from the month after the 65th birthday. */
export function oldAgePension(birthDate: string, months: number, referenceDate: string): PensionTrait | null {
  const startedOn = firstOfNextMonth(addYears(birthDate, 65));
  if (startedOn > referenceDate) return null;
  return { kind: '老齢基礎年金', grade: null, annualAmount: oldAgeBasicPension(birthDate, months, referenceDate), startedOn };
}

/** Contribution months: most have a full or nearly full record; recipients much less. */
function contributionMonths(random: Random, recipient: boolean): number {
  if (recipient) return random.int(120, 420);
  const band = random.weighted([['full', 40], ['most', 55], ['few', 5]] as const);
  return band === 'full' ? 480 : band === 'most' ? random.int(300, 479) : random.int(120, 299);
}

/** 障害基礎年金 for severe certificates: 1級 for the most severe, 2級 for the next. */
function disabilityGrade(member: Member): 1 | 2 | null {
  const d = member.person.disability;
  if (!d) return null;
  if (d.grade === '1級' || d.grade === 'A') return 1;
  if (d.grade === '2級' || d.grade === 'B') return 2;
  return null;
}

function disabilityPension(random: Random, member: Member, referenceDate: string): PensionTrait | null {
  const grade = disabilityGrade(member);
  const d = member.person.disability;
  if (!grade || !d || member.draft.age < 20 || member.draft.age >= 65 || !random.chance(grade === 1 ? 0.65 : 0.45)) return null;
  const twentieth = addYears(member.person.birthDate, 20);
  // Disabilities from childhood are paid from 20; later ones after the 1.5-year waiting period.
  const eligible = d.kind === '療育' ? twentieth : maxDate(twentieth, addMonths(d.issuedOn, 6));
  const startedOn = firstOfNextMonth(minDate(eligible, addDays(referenceDate, -40)));
  const p = basicPensionParameters(referenceDate);
  return { kind: '障害基礎年金', grade, annualAmount: grade === 1 ? p.disabilityGrade1 : p.disabilityGrade2, startedOn };
}

/** Months of the previous calendar year in which a pension started on `startedOn` was paid. */
export function monthsPaidLastYear(startedOn: string, referenceDate: string): number {
  const year = Number(referenceDate.slice(0, 4)) - 1;
  const startYear = Number(startedOn.slice(0, 4));
  if (startYear > year) return 0;
  if (startYear < year) return 12;
  return 13 - Number(startedOn.slice(5, 7));
}

/** Pensions of one person and the pension income the tax division saw last year. */
export function assignPension(random: Random, member: Member, referenceDate: string, recipient: boolean): void {
  const { person, draft } = member;
  person.pension = draft.age >= 65 ? oldAgePension(person.birthDate, contributionMonths(random, recipient), referenceDate) : disabilityPension(random, member, referenceDate);
  // 障害・遺族 pensions are not taxable income, so only old-age pensions reach the tax record.
  if (person.pension?.kind !== '老齢基礎年金') return;
  member.employeePension = employeePension(random, member, recipient);
  const annual = person.pension.annualAmount + member.employeePension;
  person.income.publicPension = Math.round((annual * monthsPaidLastYear(person.pension.startedOn, referenceDate)) / 12);
}

/** 老齢厚生年金 on top of the basic pension for those who were employees. */
function employeePension(random: Random, member: Member, recipient: boolean): number {
  const thousands = (v: number) => Math.round(v / 1000) * 1000;
  if (recipient) return random.chance(0.25) ? thousands(random.around(250_000, 300_000, 60_000, 500_000)) : 0;
  if (member.draft.sex === '男') return random.chance(0.78) ? thousands(random.around(1_100_000, 1_200_000, 300_000, 2_400_000)) : 0;
  return random.chance(0.45) ? thousands(random.around(450_000, 600_000, 100_000, 1_200_000)) : 0;
}

/** 遺族基礎年金 of a widowed parent: the basic amount plus 子の加算 per child. */
export function survivorsPension(children: number, startedOn: string, referenceDate: string): PensionTrait {
  const p = basicPensionParameters(referenceDate);
  const addition = p.childAddition * Math.min(children, 2) + p.childAdditionThirdOnward * Math.max(0, children - 2);
  return { kind: '遺族基礎年金', grade: null, annualAmount: p.oldAgeFull + addition, startedOn };
}
