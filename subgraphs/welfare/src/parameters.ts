import type { Dated, GradeClass } from '@smart-casework/kit';

/**
 * The welfare office's rules and amounts as dated parameters: each list holds one entry per
 * revision, looked up with the kit's effectiveOn.
 */

export interface ProcedureParameters extends Dated {
  /** 法24条5項: days from the application within which the office must decide. */
  decisionDays: number;
  /** 法24条5項ただし書: days allowed when a special reason (延長理由) is stated. */
  extendedDecisionDays: number;
  /** Days before the decision due date from which an open application is flagged. */
  dueSoonDays: number;
  /** Months after the last visit or review after which a case review is overdue (local 訪問計画). */
  reviewIntervalMonths: number;
}

/** From the Act's enactment (1950-05-04). */
export const PROCEDURE: readonly ProcedureParameters[] = [
  { from: '1950-05-04', decisionDays: 14, extendedDecisionDays: 30, dueSoonDays: 3, reviewIntervalMonths: 12 },
];

export interface AdditionAmounts {
  /** 障害者加算: 身体手帳 1・2級 or 障害年金 1級. */
  disabilityHigh: number;
  /** 障害者加算: 身体手帳 3級 or 障害年金 2級. */
  disabilityLow: number;
  /** 母子加算 with one child, two children, and each child from the third. */
  singleParent: readonly [one: number, two: number, eachFurther: number];
  /** 児童養育加算 per child to the end of 高校生年代. */
  childRearingPerChild: number;
  /** 住宅扶助 ceiling by persons: 1, 2, 3–5, 6, 7+ (illustrative; each prefecture sets its own). */
  housingCeiling: readonly [number, number, number, number, number];
}

export interface AdditionParameters extends Dated {
  byClass: Record<GradeClass, AdditionAmounts>;
}

/**
 * FY2025 in-home amounts (DOMAIN.md 3.2). The housing ceilings are illustrative demo values
 * (unverified): the real ones are set per prefecture and city.
 */
export const ADDITIONS: readonly AdditionParameters[] = [
  {
    from: '2025-04-01',
    byClass: {
      '1級地': { disabilityHigh: 26_810, disabilityLow: 17_870, singleParent: [18_800, 23_600, 2_900], childRearingPerChild: 10_190, housingCeiling: [53_700, 64_000, 69_800, 75_000, 83_800] },
      '2級地': { disabilityHigh: 24_940, disabilityLow: 16_620, singleParent: [17_400, 21_800, 2_700], childRearingPerChild: 10_190, housingCeiling: [45_000, 54_000, 58_000, 63_000, 70_000] },
      '3級地': { disabilityHigh: 23_060, disabilityLow: 15_380, singleParent: [16_100, 20_200, 2_500], childRearingPerChild: 10_190, housingCeiling: [37_000, 44_000, 48_000, 52_000, 58_000] },
    },
  },
];
