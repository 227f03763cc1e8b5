import { col, type DeltaRow } from '@smart-casework/kit';

/** 異動事由 of the 国保・後期 export. */
export const INSURANCE_REASONS = ['資格取得', '資格喪失'] as const;
export type InsuranceReason = (typeof INSURANCE_REASONS)[number];

/** 取得事由 and 喪失事由 as the 資格履歴 records them (生保開始 / 生保廃止: 生活保護 starting or ending). */
export const ACQUISITION_REASONS = ['転入', '社保離脱', '出生', '75歳到達', '障害認定', '生保廃止', '生保停止', 'その他'] as const;
export const LOSS_REASONS = ['社保加入', '生保開始', '転出', '死亡', '75歳到達', '後期加入', 'その他'] as const;

export const columns = {
  scheme: col.oneOf('制度', ['国保', '後期'] as const),
  insuredNo: col.text('被保険者番号', 24).optional(),
  acquisitionReason: col.oneOf('取得事由', ACQUISITION_REASONS).optional(),
  lossReason: col.oneOf('喪失事由', LOSS_REASONS).optional(),
  householdHead: col.registryNo('世帯主宛名番号').optional(),
};

export type InsuranceColumns = typeof columns;
export type InsuranceDeltaRow = DeltaRow<InsuranceReason, InsuranceColumns>;
