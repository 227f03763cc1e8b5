import { effectiveOn, gradeClass, type GradeClass } from '@smart-casework/kit';

/** The city's 級地 when the division has none recorded (a 150,000-resident regional city). */
export const DEFAULT_CITY_GRADE = '2級地-1';

/** The 加算 tables' column for the city's 級地 (2級地-1 → 2級地), the default's when none is recorded. */
export function gradeColumn(cityGrade: string | null): GradeClass {
  return gradeClass(cityGrade ?? DEFAULT_CITY_GRADE);
}

export interface DisabilityAdditionAmounts {
  from: string;
  /** 身体手帳 1・2級 or 障害年金 1級 */
  higher: Record<GradeClass, number>;
  /** 身体手帳 3級 or 障害年金 2級 */
  lower: Record<GradeClass, number>;
}

// 障害者加算 (in-home, monthly), DOMAIN 3.2 as coded in OpenFisca-Japan from the MHLW sheet; earlier amounts not kept.
export const DISABILITY_ADDITIONS: readonly DisabilityAdditionAmounts[] = [
  {
    from: '2025-04-01',
    higher: { '1級地': 26_810, '2級地': 24_940, '3級地': 23_060 },
    lower: { '1級地': 17_870, '2級地': 16_620, '3級地': 15_380 },
  },
];

export type AdditionTier = 'higher' | 'lower';

export function disabilityAddition(tier: AdditionTier, column: GradeClass, on: string): number {
  return effectiveOn(DISABILITY_ADDITIONS, on)[tier][column];
}

export const SPECIAL_DISABILITY_ALLOWANCE = '特別障害者手当';
export const DISABLED_CHILD_ALLOWANCE = '障害児福祉手当';
export type AllowanceKind = typeof SPECIAL_DISABILITY_ALLOWANCE | typeof DISABLED_CHILD_ALLOWANCE;

/** Monthly amounts (DOMAIN 2.3, FY2025). */
export const ALLOWANCE_AMOUNTS: readonly ({ from: string } & Record<AllowanceKind, number>)[] = [{ from: '2025-04-01', 特別障害者手当: 29_590, 障害児福祉手当: 16_100 }];

export function allowanceAmount(kind: AllowanceKind, on: string): number {
  return effectiveOn(ALLOWANCE_AMOUNTS, on)[kind];
}

/** 特別障害者手当 from 20; 障害児福祉手当 below. 障害基礎年金 from 20 too (20歳前傷病). */
export const ADULT_AGE = 20;
/** 65+: 介護保険 services come before 障害福祉サービス (障害者総合支援法7条); 障害基礎年金 is claimed before 65. */
export const CARE_INSURANCE_AGE = 65;
/** Services with a 介護保険 counterpart (訪問介護, 通所介護, 短期入所生活介護); 就労系 and 同行援護 have none. */
export const CARE_INSURANCE_COUNTERPARTS: readonly string[] = ['居宅介護', '重度訪問介護', '生活介護', '短期入所'];

/** 精神障害者保健福祉手帳: valid 2 years (DOMAIN 2.6, unverified); renewal accepted 3 months ahead. */
export const MENTAL_VALIDITY_YEARS = 2;
export const RENEWAL_WINDOW_DAYS = 90;

/** 利用者負担上限月額 (障害福祉サービス): 生活保護・低所得 0円, 一般1 9,300円, 一般2 37,200円. */
export const COPAY_CAPS = [{ from: '2025-04-01', none: 0, general1: 9_300, general2: 37_200 }] as const;

/** 特別障害者手当・障害児福祉手当 本人所得制限 with no dependants (yen/year of 所得). */
export const ALLOWANCE_INCOME_LIMITS = [{ from: '2025-04-01', ownIncome: 3_604_000 }] as const;
