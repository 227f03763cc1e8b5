import { col, type DeltaRow } from '@smart-casework/kit';
import { CARE_LEVELS, NOT_ELIGIBLE } from '../parameters';

export const CARE_REASONS = ['新規認定', '区分変更', '更新', '認定取消', '資格喪失'] as const;
export type CareReason = (typeof CARE_REASONS)[number];

/** The reasons that record a 要介護認定 decision, and the 申請区分 each writes. */
export const APPLICATION_KINDS: Partial<Record<CareReason, string>> = { 新規認定: '新規', 区分変更: '区分変更', 更新: '更新' };

export const LOSS_REASONS = ['死亡', '転出', '適用除外施設入所', 'その他'] as const;

/**
 * The care division's columns after the four common ones. 異動日 is the 認定日 of a decision,
 * the day a 認定取消 takes effect, or the day of the death or move that ends the 資格.
 */
export const careColumns = {
  level: col.oneOf('要介護度', [...CARE_LEVELS, NOT_ELIGIBLE]).optional(),
  appliedOn: col.date('申請日').optional(),
  validFrom: col.date('有効期間開始').optional(),
  validTo: col.date('有効期間終了').optional(),
  lossReason: col.oneOf('喪失事由', LOSS_REASONS).optional(),
};

export type CareRow = DeltaRow<CareReason, typeof careColumns>;
