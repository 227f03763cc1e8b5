import { col, type DeltaRow } from '@smart-casework/kit';

export const DISABILITY_REASONS = ['新規交付', '等級変更', '返還'] as const;
export type DisabilityReason = (typeof DISABILITY_REASONS)[number];

export const KINDS = ['身体', '療育', '精神'] as const;
export type Kind = (typeof KINDS)[number];

/** The grades (判定) each 手帳 has in this city: 身体 1–6級, 療育 A/B, 精神 1–3級 (DOMAIN 2.6). */
export const GRADES: Record<Kind, readonly string[]> = { 身体: ['1級', '2級', '3級', '4級', '5級', '6級'], 療育: ['A', 'B'], 精神: ['1級', '2級', '3級'] };

/**
 * The disability division's columns after the four common ones. 異動日 is the 交付日 of a new or
 * re-issued certificate (新規交付, 等級変更) or the day it was returned (返還).
 */
export const disabilityColumns = {
  kind: col.oneOf('手帳種別', KINDS),
  certificateNo: col.text('手帳番号', 12),
  grade: col.oneOf('等級', ['1級', '2級', '3級', '4級', '5級', '6級', 'A', 'B']).optional(),
  /** 身体 only: the 障害名 (視覚障害, 肢体不自由, 心臓機能障害 …), from which the 障害種別 follows. */
  impairment: col.text('障害名', 30).optional(),
  reassessOn: col.date('再認定日').optional(),
  /** 精神 only; two years to the end of the month when left empty. */
  validUntil: col.date('有効期限').optional(),
};

export type DisabilityRow = DeltaRow<DisabilityReason, typeof disabilityColumns>;
