import { col, type DeltaRow } from '@smart-casework/kit';

/** 異動事由 the registry exports, by group (DOMAIN.md §1.3): recorded in resident_changes.reason_group. */
export const REASON_GROUPS = {
  国内転入: '記載',
  国外転入等: '記載',
  出生: '記載',
  国内転出: '消除',
  国外転出: '消除',
  死亡: '消除',
  転居: '修正',
  世帯分離: '修正',
  世帯主変更: '修正',
} as const;

export type Reason = keyof typeof REASON_GROUPS;
export type ReasonGroup = (typeof REASON_GROUPS)[Reason];
export const REASONS = Object.keys(REASON_GROUPS) as Reason[];

/** 転出届 is made in advance with the planned date (住基法24条): the only future 異動日. */
export const FUTURE_DATE_REASONS = ['国内転出', '国外転出'] as const satisfies readonly Reason[];

/** 転入 brings a new person; 出生 too, but from the 戸籍 notice (職権), so without 前住所. */
export const MOVE_IN_REASONS: readonly Reason[] = ['国内転入', '国外転入等'];

/** The registry's own columns after the four common ones; which a reason needs is checked per row. */
export const registryColumns = {
  notifiedOn: col.date('届出日').optional(),
  householdNo: col.registryNo('世帯番号').optional(),
  name: col.text('氏名', 60).optional(),
  nameKana: col.text('氏名カナ', 120).optional(),
  birthDate: col.date('生年月日').optional(),
  sex: col.oneOf('性別', ['男', '女']).optional(),
  relationship: col.text('続柄', 30).optional(),
  address: col.text('住所', 200).optional(),
  postalCode: col.text('郵便番号', 8).optional(),
  previousAddress: col.text('前住所', 200).optional(),
};

export type RegistryRow = DeltaRow<Reason, typeof registryColumns>;

/** The head's 続柄. */
export const HEAD = '世帯主';
