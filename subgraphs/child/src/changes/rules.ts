import type { Message } from '@smart-casework/kit';
import { parseChildren } from './children-cell';
import { PAYMENTS, type ChildRow } from './columns';

const need = (header: string, reason: string): Message => ({ ja: `${reason}には「${header}」が必要です。`, en: `${reason} needs "${header}"` });
const forbid = (header: string, reason: string): Message => ({ ja: `${reason}では「${header}」を空にしてください。`, en: `${reason} takes no "${header}"` });

/** 支給区分 must be one the programme has (児童手当 none; 認定 of the others needs one). */
function paymentRules(row: ChildRow): Message[] {
  const allowed = PAYMENTS[row.program];
  if (row.payment === null) return row.reason === '認定' && allowed.length > 0 ? [need('支給区分', `${row.program}の認定`)] : [];
  if (allowed.includes(row.payment)) return [];
  const expected = allowed.length > 0 ? allowed.join('・') : '空欄';
  return [{ ja: `${row.program}の支給区分は${expected}です（「${row.payment}」）。`, en: `支給区分 of ${row.program} must be ${allowed.length > 0 ? allowed.join(' or ') : 'empty'} (got ${row.payment})` }];
}

function childrenRules(row: ChildRow): Message[] {
  if (row.children === null) return row.reason === '認定' ? [need('対象児童', '認定')] : [];
  const children = parseChildren(row.children);
  if (!Array.isArray(children)) return [children];
  const problems: Message[] = [];
  if (children.length === 0) problems.push(need('対象児童', row.reason));
  if (children.some((c) => c.atenaNo === row.atenaNo)) problems.push({ ja: '受給者本人が対象児童に含まれています。', en: 'the recipient is listed as a counted child' });
  if (children.some((c) => c.birthDate > row.effectiveDate)) problems.push({ ja: '異動日より後に生まれた対象児童があります。', en: 'a counted child is born after the effective date' });
  return problems;
}

/** Which cells each reason needs or must leave empty, and that revisions start on the 1st. */
function reasonRules(row: ChildRow): Message[] {
  const problems: Message[] = [];
  const changesAmount = row.reason === '認定' || row.reason === '額改定';
  if (changesAmount && row.monthlyAmount === null) problems.push(need('月額', row.reason));
  if (!changesAmount) {
    if (row.monthlyAmount !== null) problems.push(forbid('月額', row.reason));
    if (row.payment !== null) problems.push(forbid('支給区分', row.reason));
    if (row.children !== null) problems.push(forbid('対象児童', row.reason));
    if (row.detail === null) problems.push(need('事由詳細', row.reason));
  }
  if ((row.reason === '額改定' || row.reason === '支給停止') && !row.effectiveDate.endsWith('-01')) {
    problems.push({ ja: `${row.reason}の異動日は改定月の1日にしてください（${row.effectiveDate}）。`, en: `the effective date of ${row.reason} must be the 1st of the month (${row.effectiveDate})` });
  }
  return problems;
}

/** Rules across one row's cells, before the database is consulted. */
export function validateChildRow(row: ChildRow): Message[] {
  return [...reasonRules(row), ...paymentRules(row), ...childrenRules(row)];
}
