import { presenceProblems, type Message, type ReasonColumns } from '@smart-casework/kit';
import { columns, type PensionColumns, type PensionDeltaRow, type PensionReason } from './columns';

const REASON_COLUMNS: Record<PensionReason, ReasonColumns<keyof PensionColumns>> = {
  裁定: { required: ['benefitKind', 'annualAmount', 'startedOn'], optional: ['grade'] },
  額改定: { required: ['benefitKind', 'annualAmount'], optional: ['grade'] },
  失権: { required: ['benefitKind', 'endReason'] },
  免除: { required: ['exemptionKind', 'periodFrom'], optional: ['exemptionReason', 'periodTo'] },
  免除終了: { required: ['exemptionKind', 'periodTo'] },
};

/** Cross-column rules: a grade belongs to 障害基礎年金 (and 裁定 of one needs it), periods run forward. */
export function validatePensionRow(row: PensionDeltaRow): Message[] {
  const presence = presenceProblems(columns, row, row.reason, REASON_COLUMNS[row.reason]);
  if (presence.length > 0) return presence;
  const problems: Message[] = [];
  const disability = row.benefitKind === '障害基礎年金';
  if (!disability && row.grade !== null) problems.push({ ja: '等級は障害基礎年金だけに書けます。', en: 'a grade is for 障害基礎年金 (disability pension) only' });
  if (disability && row.reason === '裁定' && row.grade === null) problems.push({ ja: '障害基礎年金の裁定には等級（1 または 2）が必要です。', en: 'awarding a 障害基礎年金 needs its grade (1 or 2)' });
  if (row.reason === '裁定' && row.annualAmount === 0) problems.push({ ja: '裁定の年額が0です。', en: 'an award with an annual amount of 0' });
  if (row.periodFrom !== null && row.periodTo !== null && row.periodTo < row.periodFrom) problems.push({ ja: `免除終了日 ${row.periodTo} が免除開始日 ${row.periodFrom} より前です。`, en: `exemption end ${row.periodTo} is before its start ${row.periodFrom}` });
  if (row.endReason === '婚姻' && row.benefitKind !== '遺族基礎年金') problems.push({ ja: '婚姻による失権は遺族基礎年金だけです。', en: 'marriage ends a 遺族基礎年金 (survivors’ pension) only' });
  return problems;
}
