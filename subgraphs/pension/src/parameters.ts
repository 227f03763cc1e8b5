import { effectiveOn } from '@smart-casework/kit';

/**
 * Amounts as dated parameters: each set is valid from `from` until the next one. Sources:
 * DOMAIN.md 2.4 (国民年金, FY2025) and 3.2 (障害者加算). Add a set each April; never edit one.
 */
/** 老齢基礎年金 annual amounts in yen. */
const OLD_AGE_PENSION = [
  {
    from: '2025-04-01',
    /** 老齢基礎年金 満額 (40 years of contributions), born 1956-04-02 or later. */
    oldAgeFull: 831_700,
    /** 老齢基礎年金 満額 for those born 1956-04-01 or earlier. */
    oldAgeFullOlderCohort: 829_300,
  },
] as const;

/** 生活保護 障害者加算 (in-home), monthly, from 3級地 (min) to 1級地 (max), by 障害年金 grade. */
const DISABILITY_ADDITION = [
  { from: '2025-04-01', byGrade: { 1: { min: 23_060, max: 26_810 }, 2: { min: 15_380, max: 17_870 } } as Record<number, { min: number; max: number }> },
] as const;

/** The older cohort's 老齢基礎年金 is computed on the pre-2004 reform basis. */
const OLDER_COHORT_BORN_BY = '1956-04-01';

/** 老齢基礎年金 満額 (annual) for a person's birth cohort on a day. */
export function fullOldAgePension(birthDate: string, on: string): number {
  const set = effectiveOn(OLD_AGE_PENSION, on);
  return birthDate <= OLDER_COHORT_BORN_BY ? set.oldAgeFullOlderCohort : set.oldAgeFull;
}

/** 障害者加算 range for a 障害基礎年金 grade, or null for a grade that earns none. */
export function disabilityAddition(grade: number, on: string): { min: number; max: number } | null {
  return effectiveOn(DISABILITY_ADDITION, on).byGrade[grade] ?? null;
}

/** Pensions are paid in even months, two months each (年6回). */
export const PAYMENT_MONTHS = '偶数月';

/** Age from which a 老齢基礎年金 can be claimed without 繰上げ. */
export const PENSIONABLE_AGE = 65;

/** How far back a benefit start counts as recent (retroactive payment to check), in months. */
export const RECENT_MONTHS = 3;

/** Monthly equivalent of an annual pension, as 収入認定 counts it. */
export function monthlyAmount(annualAmount: number): number {
  return Math.floor(annualAmount / 12);
}
