import { addDays, addMonths, endOfMonth, type Message } from '@smart-casework/kit';
import { NOT_ELIGIBLE } from '../parameters';
import { APPLICATION_KINDS, type CareRow } from './columns';

/** 有効期間 in months: new and 区分変更 3–12, renewals 3–48 (介護保険法施行規則; DOMAIN 2.5). */
export const LONGEST_MONTHS: Record<string, number> = { 新規認定: 12, 区分変更: 12, 更新: 48 };
export const SHORTEST_MONTHS = 3;

const need = (header: string, reason: string): Message => ({ ja: `${reason}には「${header}」が必要です。`, en: `${reason} needs "${header}"` });
const forbid = (header: string, reason: string): Message => ({ ja: `${reason}では「${header}」を空にしてください。`, en: `${reason} takes no "${header}"` });

/** The validity of a decision: both ends, in order, of an allowed length (the first month may be partial). */
function validityRules(row: CareRow): Message[] {
  if (row.level === NOT_ELIGIBLE) {
    if (row.reason === '区分変更') return [{ ja: '区分変更で非該当にはできません（認定取消を使ってください）。', en: 'a 区分変更 cannot be 非該当 (use 認定取消)' }];
    return [row.validFrom !== null ? forbid('有効期間開始', '非該当') : null, row.validTo !== null ? forbid('有効期間終了', '非該当') : null].filter((m): m is Message => m !== null);
  }
  if (row.validFrom === null || row.validTo === null) return [need(row.validFrom === null ? '有効期間開始' : '有効期間終了', row.reason)];
  const longest = LONGEST_MONTHS[row.reason] ?? 12;
  if (row.validTo < addDays(addMonths(row.validFrom, SHORTEST_MONTHS), -1) || row.validTo > endOfMonth(addMonths(row.validFrom, longest))) {
    return [{ ja: `有効期間 ${row.validFrom}〜${row.validTo} が${row.reason}の${SHORTEST_MONTHS}〜${longest}か月に収まりません。`, en: `validity ${row.validFrom} to ${row.validTo} is not ${SHORTEST_MONTHS} to ${longest} months (${row.reason})` }];
  }
  if (row.effectiveDate > row.validTo) return [{ ja: '認定日（異動日）が有効期間終了より後です。', en: 'the decision date (異動日) is after the validity ends' }];
  return [];
}

/** 申請日: before the decision; new and 区分変更 take effect from it (有効期間開始 = 申請日). */
function applicationRules(row: CareRow): Message[] {
  if (row.appliedOn === null) return [];
  if (row.appliedOn > row.effectiveDate) return [{ ja: '申請日が認定日（異動日）より後です。', en: 'the application date is after the decision date (異動日)' }];
  if (row.reason !== '更新' && row.validFrom !== null && row.appliedOn !== row.validFrom) return [{ ja: `${row.reason}の有効期間開始は申請日（${row.appliedOn}）です。`, en: `the validity of a ${row.reason} starts on the application date (${row.appliedOn})` }];
  return [];
}

/** Rules across one row's cells, before the database is consulted. */
export function validateCareRow(row: CareRow): Message[] {
  if (APPLICATION_KINDS[row.reason]) {
    if (row.level === null) return [need('要介護度', row.reason)];
    return [...validityRules(row), ...applicationRules(row), ...(row.lossReason !== null ? [forbid('喪失事由', row.reason)] : [])];
  }
  const problems = (['level', 'appliedOn', 'validFrom', 'validTo'] as const).filter((key) => row[key] !== null).map((key) => forbid({ level: '要介護度', appliedOn: '申請日', validFrom: '有効期間開始', validTo: '有効期間終了' }[key], row.reason));
  if (row.reason === '資格喪失' && row.lossReason === null) problems.push(need('喪失事由', row.reason));
  if (row.reason === '認定取消' && row.lossReason !== null) problems.push(forbid('喪失事由', row.reason));
  return problems;
}
