import { effectiveOn } from '@smart-casework/kit';

/** Care levels in order of need; 非該当 is outside the scale. */
export const CARE_LEVELS = ['要支援1', '要支援2', '要介護1', '要介護2', '要介護3', '要介護4', '要介護5'] as const;
export const NOT_ELIGIBLE = '非該当';

/** 要介護3 and above: the level from which 特養 admission is possible, so in-home vs facility matters. */
export const SEVERE_FROM = CARE_LEVELS.indexOf('要介護3');

/** 第1号 from 65, 第2号 from 40 (介護保険法9条). */
export const FIRST_CATEGORY_AGE = 65;
export const SECOND_CATEGORY_AGE = 40;

/** A pension of at least this much a year has the premium withheld from it (特別徴収). */
export const WITHHOLDING_PENSION_MIN = 180_000;

export interface PremiumPeriod {
  from: string;
  /** 事業計画期間, e.g. 第9期 (FY2024–2026). */
  period: string;
  /** 基準額 (stage 5) per month; the national average when the city's own is not configured. */
  baseMonthly: number;
  /** Ratio to 基準額 per stage 1–13, in thousandths (stages 1–3 after 公費による軽減). */
  stageRatiosPermille: readonly number[];
  /**
   * Upper bounds of 本人の年金収入等 for stages 1/2 and 4 (yen/year), and of 合計所得 for stages
   * 6–12; a person above the last bound is stage 13.
   */
  lowIncomeLimits: readonly [number, number];
  incomeLimits: readonly number[];
}

// DOMAIN 2.5 gives stages 1–7 and 13; stages 8–12 (1.5 … 2.3) are the national standard table.
export const PREMIUM_PERIODS: readonly PremiumPeriod[] = [
  {
    from: '2024-04-01',
    period: '第9期',
    baseMonthly: 6225,
    stageRatiosPermille: [285, 485, 685, 900, 1000, 1200, 1300, 1500, 1700, 1900, 2100, 2300, 2400],
    lowIncomeLimits: [800_000, 1_200_000],
    incomeLimits: [1_200_000, 2_100_000, 3_200_000, 4_200_000, 5_200_000, 6_200_000, 7_200_000],
  },
];

export interface Premium {
  stage: number;
  annual: number;
  monthly: number;
}

/** 第1号 premium for a stage in the period in force on a date: 基準額 × ratio, yen rounded down. */
export function premiumFor(stage: number, on: string): Premium {
  const period = effectiveOn(PREMIUM_PERIODS, on);
  const ratio = period.stageRatiosPermille[stage - 1];
  if (ratio === undefined) throw new Error(`no premium stage ${stage} in ${period.period}`);
  const annual = Math.floor((period.baseMonthly * 12 * ratio) / 1000);
  return { stage, annual, monthly: Math.floor(annual / 12) };
}
