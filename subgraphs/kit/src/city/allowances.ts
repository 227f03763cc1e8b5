import { addDays, ageOn, effectiveOn, endOfHighSchoolYears, maxDate, minDate, schoolYearEnd } from '../dates';
import { dateBetween } from './random-dates';
import { employmentIncome } from './income';
import type { Family, HouseholdWork, Member } from './model';
import type { Random } from './random';
import type { ChildAllowanceTrait } from './types';

/** Child allowance amounts (DOMAIN.md 2.1–2.3) as dated parameters, monthly yen. */
export const CHILD_ALLOWANCE_PARAMETERS = [
  {
    from: '2024-10-01',
    /** 児童手当: under 3 / 3 to end of 高校生年代, for the 1st–2nd and the 3rd+ child. */
    childAllowance: { underThree: 15_000, school: 10_000, thirdOnward: 30_000 },
    /** 児童扶養手当 (FY2025): full and the partial range, first child and each further child. */
    singleParent: { firstFull: 46_690, firstPartialMax: 46_680, firstPartialMin: 11_010, extraFull: 11_030, extraPartialMax: 11_020, extraPartialMin: 5_520 },
    /** 児童扶養手当 income limits on 所得 with no dependants, + per dependant. */
    singleParentLimits: { full: 690_000, partial: 2_080_000, perDependant: 380_000 },
    /** 特別児童扶養手当 per child by grade. */
    specialChild: { grade1: 56_800, grade2: 37_830 },
  },
] as const;

export function childAllowanceParameters(on: string) {
  return effectiveOn(CHILD_ALLOWANCE_PARAMETERS, on);
}

/**
 * 児童手当 a month for the counted children (oldest first, up to 22 if supported): the birth
 * order counts every counted child, but only those up to the end of 高校生年代 are paid for.
 */
export function childAllowanceAmount(birthDates: readonly string[], on: string): number {
  const p = childAllowanceParameters(on).childAllowance;
  const ordered = [...birthDates].sort();
  return ordered.reduce((sum, birthDate, index) => {
    if (endOfHighSchoolYears(birthDate) < on) return sum;
    if (index >= 2) return sum + p.thirdOnward;
    return sum + (ageOn(birthDate, on) < 3 ? p.underThree : p.school);
  }, 0);
}

/** 児童扶養手当 a month: full up to the full-payment limit, then falling in 10-yen steps to the partial floor. */
export function singleParentAllowanceAmount(children: number, income: number, on: string): { payment: '全部支給' | '一部支給'; amount: number } | null {
  const { singleParent: a, singleParentLimits: l } = childAllowanceParameters(on);
  if (children < 1) return null;
  const fullLimit = l.full + l.perDependant * children;
  const partialLimit = l.partial + l.perDependant * children;
  if (income <= fullLimit) return { payment: '全部支給', amount: a.firstFull + a.extraFull * (children - 1) };
  if (income > partialLimit) return null;
  const share = (income - fullLimit) / (partialLimit - fullLimit);
  const step = (max: number, min: number) => Math.floor((max - (max - min) * share) / 10) * 10;
  return { payment: '一部支給', amount: step(a.firstPartialMax, a.firstPartialMin) + step(a.extraPartialMax, a.extraPartialMin) * (children - 1) };
}

/** 特別児童扶養手当 grade: 1級 ≈ 身体 1–2級 / 療育 A, 2級 ≈ 身体 3級 / 療育 B. */
export function specialChildGrade(member: Member): 1 | 2 | null {
  const d = member.person.disability;
  if (!d || d.kind === '精神') return null;
  if (d.grade === '1級' || d.grade === '2級' || d.grade === 'A') return 1;
  return d.grade === '3級' || d.grade === 'B' ? 2 : null;
}

/** 所得 for allowance limits: 給与所得 and other income, less the flat 80,000円 deduction. */
function allowanceIncome(member: Member): number {
  const i = member.person.income;
  return Math.max(0, employmentIncome(i.salary) + i.business + i.realEstate + i.miscellaneous - 80_000);
}

function recipientOf(family: Family): Member {
  const byIncome = [...family.parents].sort((a, b) => allowanceIncome(b) - allowanceIncome(a));
  return (byIncome[0] ?? family.parents[0]) as Member;
}

/** 認定日: soon after the first child's birth or the recipient's arrival; a few apply later. */
function certifiedOn(random: Random, recipient: Member, children: Member[], referenceDate: string): string {
  const first = children.reduce((d, c) => minDate(d, c.person.birthDate), referenceDate);
  const latest = addDays(referenceDate, -1);
  const start = minDate(addDays(maxDate(first, recipient.person.residentSince), 10), latest);
  return random.chance(0.85) ? minDate(addDays(start, random.int(0, 30)), latest) : dateBetween(random, start, latest);
}

/** 児童手当, 児童扶養手当 and 特別児童扶養手当 of every family in the household. */
export function assignAllowances(random: Random, household: HouseholdWork, referenceDate: string): void {
  for (const family of household.families) {
    const recipient = recipientOf(family);
    const grant = (program: ChildAllowanceTrait['program'], children: Member[], payment: string | null, monthlyAmount: number) => {
      const certified = certifiedOn(random, recipient, children, referenceDate);
      household.household.allowances.push({ program, recipientAtenaNo: recipient.person.atenaNo, childAtenaNos: children.map((c) => c.person.atenaNo), payment, monthlyAmount, certifiedOn: certified });
    };
    const counted = [...family.children].sort((a, b) => (a.person.birthDate < b.person.birthDate ? -1 : 1)).filter((c) => schoolYearEnd(c.person.birthDate, 22) >= referenceDate && c.person.income.salary <= 1_030_000);
    const paid = counted.filter((c) => endOfHighSchoolYears(c.person.birthDate) >= referenceDate);
    if (paid.length > 0) {
      grant('児童手当', counted, null, childAllowanceAmount(counted.map((c) => c.person.birthDate), referenceDate));
      const widowed = recipient.person.pension?.kind === '遺族基礎年金';
      const single = family.parents.length === 1 && !widowed ? singleParentAllowanceAmount(paid.length, allowanceIncome(recipient), referenceDate) : null;
      if (single) grant('児童扶養手当', paid, single.payment, single.amount);
    }
    const disabled = family.children.filter((c) => ageOn(c.person.birthDate, referenceDate) < 20 && specialChildGrade(c) !== null);
    if (disabled.length > 0) {
      const { grade1, grade2 } = childAllowanceParameters(referenceDate).specialChild;
      const amount = disabled.reduce((sum, c) => sum + (specialChildGrade(c) === 1 ? grade1 : grade2), 0);
      grant('特別児童扶養手当', disabled, disabled.some((c) => specialChildGrade(c) === 1) ? '1級' : '2級', amount);
    }
  }
}
