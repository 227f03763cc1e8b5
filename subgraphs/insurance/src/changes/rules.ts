import { presenceProblems, type Message, type ReasonColumns } from '@smart-casework/kit';
import { columns, type InsuranceColumns, type InsuranceDeltaRow, type InsuranceReason } from './columns';

const REASON_COLUMNS: Record<InsuranceReason, ReasonColumns<keyof InsuranceColumns>> = {
  資格取得: { required: ['scheme', 'insuredNo', 'acquisitionReason'], optional: ['householdHead'] },
  資格喪失: { required: ['scheme', 'lossReason'], optional: ['insuredNo'] },
};

/** Cross-column rules: what each scheme's reasons can be, and who has a 国保 世帯主. */
export function validateInsuranceRow(row: InsuranceDeltaRow): Message[] {
  const presence = presenceProblems(columns, row, row.reason, REASON_COLUMNS[row.reason]);
  if (presence.length > 0) return presence;
  const problems: Message[] = [];
  if (row.scheme === '後期' && row.householdHead !== null) problems.push({ ja: '後期高齢者医療には世帯主宛名番号を書けません（国保だけです）。', en: 'a 後期 (late-elderly) enrolment has no household head; that is for 国保 only' });
  if (row.scheme === '国保' && (row.acquisitionReason === '75歳到達' || row.acquisitionReason === '障害認定')) problems.push({ ja: `国保の取得事由に「${row.acquisitionReason}」は使えません（後期高齢者医療の事由です）。`, en: `"${row.acquisitionReason}" is an acquisition reason of 後期, not of 国保` });
  if (row.scheme === '後期' && (row.lossReason === '後期加入' || row.lossReason === '75歳到達')) problems.push({ ja: `後期高齢者医療の喪失事由に「${row.lossReason}」は使えません。`, en: `"${row.lossReason}" is not a loss reason of 後期` });
  return problems;
}
