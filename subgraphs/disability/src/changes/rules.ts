import { addYears, endOfMonth, type Message } from '@smart-casework/kit';
import { impairmentGroup } from '../../seed/certificates';
import { MENTAL_VALIDITY_YEARS } from '../parameters';
import { GRADES, type DisabilityRow } from './columns';

const need = (header: string, what: string): Message => ({ ja: `${what}には「${header}」が必要です。`, en: `${what} needs "${header}"` });
const forbid = (header: string, what: string): Message => ({ ja: `${what}では「${header}」を空にしてください。`, en: `${what} takes no "${header}"` });

/** 有効期限 of a 精神 certificate issued on a day, when the file gives none. */
export function mentalValidUntil(issuedOn: string): string {
  return endOfMonth(addYears(issuedOn, MENTAL_VALIDITY_YEARS));
}

function issueRules(row: DisabilityRow): Message[] {
  const problems: Message[] = [];
  if (row.grade === null) problems.push(need('等級', row.reason));
  else if (!GRADES[row.kind].includes(row.grade)) problems.push({ ja: `${row.kind}手帳の等級は${GRADES[row.kind].join('・')}です（「${row.grade}」）。`, en: `a ${row.kind} certificate's grade is one of ${GRADES[row.kind].join(', ')} (got ${row.grade})` });
  if (row.kind !== '身体' && row.impairment !== null) problems.push(forbid('障害名', `${row.kind}手帳`));
  if (row.kind === '身体' && row.reason === '新規交付' && row.impairment === null) problems.push(need('障害名', '身体手帳の新規交付'));
  if (row.impairment !== null && row.kind === '身体' && impairmentGroup(row.impairment) === null) problems.push({ ja: `障害名「${row.impairment}」から障害種別（視覚・聴覚平衡・音声言語そしゃく・肢体不自由・内部）が分かりません。`, en: `障害名 "${row.impairment}" names no known impairment group` });
  if (row.kind !== '精神' && row.validUntil !== null) problems.push(forbid('有効期限', `${row.kind}手帳`));
  if (row.validUntil !== null && (row.validUntil <= row.effectiveDate || row.validUntil > mentalValidUntil(row.effectiveDate))) problems.push({ ja: `有効期限は交付日から${MENTAL_VALIDITY_YEARS}年以内です。`, en: `the validity ends within ${MENTAL_VALIDITY_YEARS} years of issue` });
  if (row.reassessOn !== null && row.reassessOn <= row.effectiveDate) problems.push({ ja: '再認定日が交付日（異動日）以前です。', en: 'the reassessment date is not after the issue date (異動日)' });
  return problems;
}

/** Rules across one row's cells, before the database is consulted. */
export function validateDisabilityRow(row: DisabilityRow): Message[] {
  if (row.reason !== '返還') return issueRules(row);
  const headers = { grade: '等級', impairment: '障害名', reassessOn: '再認定日', validUntil: '有効期限' } as const;
  return (Object.keys(headers) as (keyof typeof headers)[]).filter((key) => row[key] !== null).map((key) => forbid(headers[key], '返還'));
}
