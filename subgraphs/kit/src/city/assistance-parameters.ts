import { effectiveOn } from '../dates';

/**
 * 生活保護基準 for the city's 級地 (2級地-1), monthly yen, as a dated table. The shape follows
 * DOMAIN.md 3.1–3.2: 第1類 by age × 逓減率 by household size + 第2類 by size + 特例加算, 住宅扶助
 * up to a ceiling, and the 加算. 第1類/第2類/住宅扶助 figures are plausible approximations for a
 * demo city, not the 告示; the 加算 are DOMAIN.md's 2級地 values.
 */
export interface AssistanceParameters {
  from: string;
  grade: string;
  /** 第1類 per person, by the lowest age of each band. */
  firstCategory: readonly { minAge: number; amount: number }[];
  /** 逓減率 by household size 1, 2, 3, 4, 5+. */
  reduction: readonly number[];
  /** 第2類 per household by size 1, 2, 3, 4, 5+. */
  secondCategory: readonly number[];
  /** 特例加算 per person (FY2025–2026). */
  specialAddition: number;
  /** 住宅扶助 ceiling by household size 1, 2, 3–5 (index 2–4), 6, 7+. */
  housingCeiling: readonly number[];
  /** 母子加算: one child, two children, each further child. */
  singleParent: { one: number; two: number; perExtra: number };
  /** 児童養育加算 per child to the end of 高校生年代. */
  childRearing: number;
  /** 障害者加算: 身体 1・2級 / 障害年金 1級 (severe) and 身体 3級 / 障害年金 2級 (moderate). */
  disability: { severe: number; moderate: number };
}

export const ASSISTANCE_PARAMETERS: readonly AssistanceParameters[] = [
  {
    from: '2025-04-01',
    grade: '2級地-1',
    firstCategory: [
      { minAge: 0, amount: 40_120 },
      { minAge: 6, amount: 41_810 },
      { minAge: 12, amount: 44_340 },
      { minAge: 18, amount: 42_240 },
      { minAge: 65, amount: 41_810 },
      { minAge: 75, amount: 35_900 },
    ],
    reduction: [1, 0.87, 0.75, 0.66, 0.59],
    secondCategory: [26_000, 38_180, 42_350, 44_170, 44_200],
    specialAddition: 1_500,
    housingCeiling: [33_000, 40_000, 43_000, 43_000, 43_000, 46_000, 51_000],
    singleParent: { one: 17_400, two: 21_800, perExtra: 2_700 },
    childRearing: 10_190,
    disability: { severe: 24_940, moderate: 16_620 },
  },
];

export function assistanceParameters(on: string, grade: string): AssistanceParameters {
  const rows = ASSISTANCE_PARAMETERS.filter((p) => p.grade === grade);
  if (rows.length === 0) throw new Error(`no 生活保護 parameters for ${grade}`);
  return effectiveOn(rows, on);
}

/** The value for a household size from a table indexed from size 1, the last entry for larger ones. */
export function bySize(table: readonly number[], size: number): number {
  return table[Math.min(size, table.length) - 1] ?? 0;
}

/** 勤労控除 (approximate): the first 15,000円 fully, then about 10% of the rest (DOMAIN.md 3.1). */
export function earnedIncomeDeduction(monthlyEarnings: number): number {
  if (monthlyEarnings <= 0) return 0;
  return Math.round(Math.min(monthlyEarnings, 15_000) + Math.max(0, monthlyEarnings - 15_000) * 0.1);
}
