import { col, type DeltaRow } from '@smart-casework/kit';

export const CHILD_REASONS = ['認定', '額改定', '支給停止', '資格喪失'] as const;
export type ChildReason = (typeof CHILD_REASONS)[number];

export const PROGRAMS = ['児童手当', '児童扶養手当', '特別児童扶養手当'] as const;

/** 支給区分 each programme allows (児童手当 has none). */
export const PAYMENTS: Record<(typeof PROGRAMS)[number], readonly string[]> = {
  児童手当: [],
  児童扶養手当: ['全部支給', '一部支給'],
  特別児童扶養手当: ['1級', '2級'],
};

/**
 * The child-allowance department's columns after the four common ones. 宛名番号 is the 受給者;
 * 異動日 is the 認定日 (認定), the first day at the new amount (額改定, 支給停止) or the 消滅日.
 */
export const childColumns = {
  program: col.oneOf('手当', PROGRAMS),
  certificationNo: col.text('証書番号', 12),
  payment: col.oneOf('支給区分', ['全部支給', '一部支給', '1級', '2級']).optional(),
  monthlyAmount: col.yen('月額').optional(),
  /** 対象児童: `宛名番号:生年月日` separated by `;`, the whole list after the change. */
  children: col.text('対象児童', 400).optional(),
  /** 改定事由 (額改定), 停止事由 (支給停止) or 消滅事由 (資格喪失). */
  detail: col.text('事由詳細', 30).optional(),
};

export type ChildRow = DeltaRow<ChildReason, typeof childColumns>;

/** A counted child as a delta row names it. */
export interface ListedChild {
  atenaNo: string;
  birthDate: string;
}
