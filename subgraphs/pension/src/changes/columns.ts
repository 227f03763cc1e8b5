import { col, type DeltaRow } from '@smart-casework/kit';

/** 異動事由 of the 国民年金 export: entitlements (裁定, 額改定, 失権) and exemptions (免除, 免除終了). */
export const PENSION_REASONS = ['裁定', '額改定', '失権', '免除', '免除終了'] as const;
export type PensionReason = (typeof PENSION_REASONS)[number];

export const BENEFIT_KINDS = ['老齢基礎年金', '障害基礎年金', '遺族基礎年金'] as const;
export const END_REASONS = ['死亡', '障害等級不該当', '婚姻', '子の要件喪失', 'その他'] as const;
export const EXEMPTION_KINDS = ['法定免除', '申請全額免除', '申請一部免除（4分の3）', '申請一部免除（半額）', '申請一部免除（4分の1）', '納付猶予', '学生納付特例', '産前産後免除'] as const;

export const columns = {
  benefitKind: col.oneOf('年金種別', BENEFIT_KINDS).optional(),
  grade: col.int('等級', 1, 2).optional(),
  annualAmount: col.yen('年額').optional(),
  startedOn: col.date('受給開始日').optional(),
  endReason: col.oneOf('失権事由', END_REASONS).optional(),
  exemptionKind: col.oneOf('免除種別', EXEMPTION_KINDS).optional(),
  exemptionReason: col.text('免除事由', 60).optional(),
  periodFrom: col.date('免除開始日').optional(),
  periodTo: col.date('免除終了日').optional(),
};

export type PensionColumns = typeof columns;
export type PensionDeltaRow = DeltaRow<PensionReason, PensionColumns>;
