import { effectiveOn, type Dated } from '@smart-casework/kit';
import type { NoticeKind } from './rules/types';

/**
 * The watcher's rules as dated parameters (looked up with the kit's effectiveOn on the
 * detection day), so that an office's change of practice is one new row, not a code change.
 */

export interface NoticeDueParameters extends Dated {
  /** Days from detection to the due date, by kind; kinds not listed take `otherDays`. */
  dueDays: Partial<Record<NoticeKind, number>>;
  otherDays: number;
  /**
   * No notice may be given longer than this: US integrated eligibility systems (IEVS) give
   * each data-match discrepancy a 45-day deadline (MISSION.md), the practice we take as a ceiling.
   */
  ceilingDays: number;
}

/**
 * Deaths and members leaving stop or change the benefit from the day after (7 days); income
 * changes accrue an overpayment every month (14 days); the rest waits for the next visit plan (30).
 * Local practice, not law (unverified against any office's 事務処理要領).
 */
export const NOTICE_DUE: readonly NoticeDueParameters[] = [
  {
    from: '2000-04-01',
    dueDays: {
      死亡: 7, 世帯員転出: 7,
      児童扶養手当額変更: 14, 特別児童扶養手当額変更: 14, 児童手当変更: 14, 年金受給開始: 14, 年金額変更: 14, 年金受給終了: 14, 所得増加: 14, 被用者保険加入: 14,
    },
    otherDays: 30,
    ceilingDays: 45,
  },
];

export function dueDaysFor(kind: NoticeKind, on: string): number {
  const row = effectiveOn(NOTICE_DUE, on);
  return Math.min(row.dueDays[kind] ?? row.otherDays, row.ceilingDays);
}

export interface EarnedIncomeParameters extends Dated {
  /** 勤労控除 基礎控除: this much of monthly earnings is deducted in full. */
  fullyDeducted: number;
  /** Above it, roughly this share is deducted (the official table is stepped: an approximation). */
  rateAbove: number;
}

/** DOMAIN.md 3.1: the first 15,000円 in full, above that about 10% (approximate). */
export const EARNED_INCOME: readonly EarnedIncomeParameters[] = [{ from: '2000-04-01', fullyDeducted: 15_000, rateAbove: 0.1 }];

/** Monthly earnings as recognised income after the approximate 勤労控除 (基礎控除 only). */
export function recognisedEarnings(monthlyEarnings: number, on: string): number {
  const p = effectiveOn(EARNED_INCOME, on);
  if (monthlyEarnings <= p.fullyDeducted) return 0;
  return Math.round((monthlyEarnings - p.fullyDeducted) * (1 - p.rateAbove));
}
