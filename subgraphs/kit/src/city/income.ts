import type { HouseholdWork, Member, Work } from './model';
import type { Random } from './random';
import type { DisabilityTrait } from './types';

/**
 * Who works and what they earned last calendar year (the 住民税 basis): salaries for
 * employees, small wages for part-timers and students, business income for the self-employed.
 */
type WorkWeights = readonly (readonly [Work, number])[];

const CHILD_ADULT: WorkWeights = [['student', 55], ['employee', 30], ['part-time', 10], ['none', 5]];
const MAN: WorkWeights = [['employee', 84], ['self-employed', 8], ['farmer', 1], ['part-time', 3], ['none', 4]];
const WIFE: WorkWeights = [['employee', 30], ['part-time', 42], ['self-employed', 4], ['none', 24]];
const WOMAN: WorkWeights = [['employee', 70], ['part-time', 15], ['self-employed', 5], ['none', 10]];
const MAN_60: WorkWeights = [['employee', 70], ['self-employed', 12], ['farmer', 3], ['none', 15]];
const WOMAN_60: WorkWeights = [['employee', 25], ['part-time', 30], ['self-employed', 5], ['none', 40]];
const MAN_65: WorkWeights = [['employee', 20], ['part-time', 15], ['self-employed', 10], ['farmer', 4], ['none', 51]];
const WOMAN_65: WorkWeights = [['employee', 5], ['part-time', 20], ['self-employed', 4], ['farmer', 2], ['none', 69]];
const OLD: WorkWeights = [['self-employed', 4], ['farmer', 3], ['none', 93]];
const SEVERE: WorkWeights = [['part-time', 30], ['none', 70]];

/** Certificates that usually keep a person out of ordinary work. */
export function isSevere(disability: DisabilityTrait | null): boolean {
  if (!disability) return false;
  if (disability.kind === '療育') return true;
  return disability.grade === '1級' || disability.grade === '2級';
}

function workWeights(member: Member): WorkWeights {
  const { age, sex, role } = member.draft;
  if (age < 18) return age >= 15 ? [['student', 1]] : [['none', 1]];
  if (age >= 75) return OLD;
  if (age < 65 && isSevere(member.person.disability)) return SEVERE;
  if (age <= 22) return role === 'child' || role === 'grandchild' ? CHILD_ADULT : [['student', 45], ['employee', 45], ['part-time', 5], ['none', 5]];
  if (age >= 65) return sex === '男' ? MAN_65 : WOMAN_65;
  if (age >= 60) return sex === '男' ? MAN_60 : WOMAN_60;
  if (sex === '男') return MAN;
  return role === 'spouse' || role === 'childSpouse' ? WIFE : WOMAN;
}

/** Average salary by age for men; women's full-time pay is about 72% of it. */
function salaryBase(age: number): number {
  if (age < 30) return 3_300_000;
  if (age < 40) return 4_500_000;
  if (age < 50) return 5_300_000;
  if (age < 60) return 5_800_000;
  if (age < 65) return 3_800_000;
  return 2_500_000;
}

const thousands = (value: number) => Math.round(value / 1000) * 1000;

function earnings(random: Random, member: Member): void {
  const income = member.person.income;
  const { age, sex } = member.draft;
  switch (member.work) {
    case 'employee': {
      const base = salaryBase(age) * (sex === '女' ? 0.72 : 1);
      income.salary = thousands(random.around(base, base * 0.9, base * 0.45, base * 2.6));
      break;
    }
    case 'part-time':
      income.salary = thousands(random.chance(0.65) ? random.around(850_000, 400_000, 300_000, 1_030_000) : random.around(1_250_000, 500_000, 1_040_000, 1_600_000));
      break;
    case 'student':
      income.salary = age >= 18 && random.chance(0.6) ? thousands(random.around(550_000, 600_000, 100_000, 1_000_000)) : 0;
      break;
    case 'self-employed':
      income.business = thousands(random.around(2_600_000, 3_000_000, 300_000, 9_000_000));
      break;
    case 'farmer':
      income.business = thousands(random.around(900_000, 1_200_000, 100_000, 3_000_000));
      break;
    case 'none':
      break;
  }
  if (member.work !== 'none' && age >= 20 && random.chance(0.06)) income.miscellaneous = thousands(random.around(200_000, 300_000, 20_000, 600_000));
}

/** Work and earnings of a household not on assistance. */
export function assignEarnings(random: Random, household: HouseholdWork): void {
  for (const member of household.members) {
    member.work = random.weighted(workWeights(member));
    earnings(random, member);
  }
}

/**
 * Households on assistance: some single parents work part-time and declare it; other
 * members do not work (elderly, disabled or sick, or looking for work).
 */
export function assignRecipientEarnings(random: Random, household: HouseholdWork): void {
  for (const member of household.members) {
    const { age, role } = member.draft;
    member.work = age < 18 ? (age >= 15 ? 'student' : 'none') : 'none';
    if (household.draft.assistanceKind === 'single-parent' && role === 'head' && random.chance(0.55)) {
      member.work = 'part-time';
      member.person.income.salary = thousands(random.around(700_000, 500_000, 300_000, 1_100_000));
    }
  }
}

/**
 * 給与所得 from salary income (所得税法28条, the table for income of 2020–2024), used for
 * allowance income limits.
 */
export function employmentIncome(salary: number): number {
  if (salary <= 550_000) return 0;
  if (salary <= 1_625_000) return salary - 550_000;
  if (salary <= 1_800_000) return Math.floor(salary * 0.6) + 100_000;
  if (salary <= 3_600_000) return Math.floor(salary * 0.7) - 80_000;
  if (salary <= 6_600_000) return Math.floor(salary * 0.8) - 440_000;
  if (salary <= 8_500_000) return Math.floor(salary * 0.9) - 1_100_000;
  return salary - 1_950_000;
}
