import { addDays, addMonths, bySeverity, daysBetween, effectiveOn, finding, yen, type Finding } from '@smart-casework/kit';
import type { ApplicationRow } from './data/applications';
import type { CaseMemberRow } from './data/case-members';
import type { CaseRow } from './data/cases';
import { PROCEDURE } from './parameters';

/**
 * What the welfare office's own data says a caseworker must look at. Pure functions of the
 * rows and the day (`on`), so that each rule can be tested on its own.
 */

type CaseFacts = Pick<CaseRow, 'status' | 'started_on' | 'ended_on' | 'end_reason' | 'minimum_cost_of_living' | 'recognised_income' | 'monthly_benefit' | 'last_reviewed_on'>;
type ApplicationFacts = Pick<ApplicationRow, 'applied_on' | 'status' | 'extension_reason'>;

/** A suspended case (停止中) waits for a decision: resume or close. */
export function suspendedCase(c: CaseFacts): Finding | null {
  if (c.status !== '停止中') return null;
  return finding('CASE_SUSPENDED', 'warning', '保護停止中です。停止の理由が続いているか確認し、再開か廃止かを判断してください。');
}

/** No visit or review (訪問・審査) for longer than the interval, counted from the start when there was none. */
export function reviewOverdue(c: CaseFacts, on: string, intervalMonths = effectiveOn(PROCEDURE, on).reviewIntervalMonths): Finding | null {
  if (c.status === '廃止') return null;
  const last = c.last_reviewed_on ?? c.started_on;
  const due = addMonths(last, intervalMonths);
  if (on <= due) return null;
  const label = c.last_reviewed_on ? `最終訪問・審査日（${last}）` : `保護開始日（${last}）以降訪問・審査の記録がなく、`;
  return finding('CASE_REVIEW_OVERDUE', 'warning', `${label}から${intervalMonths}か月を超えています（期限 ${due}、${daysBetween(due, on)}日超過）。`);
}

/** Receiving while the recognised income covers the minimum cost of living: the case may have to end. */
export function incomeAboveMinimum(c: CaseFacts): Finding | null {
  if (c.status !== '保護中') return null;
  if (c.monthly_benefit > 0 && c.recognised_income < c.minimum_cost_of_living) return null;
  return finding('CASE_INCOME_ABOVE_MINIMUM', 'critical', `保護中ですが収入認定額 ${yen(c.recognised_income)} が最低生活費 ${yen(c.minimum_cost_of_living)} 以上です（保護費 ${yen(c.monthly_benefit)}）。停止または廃止を検討してください。`);
}

/** 保護費 must be 最低生活費 − 収入認定額; a difference means a decision was not carried through. */
export function benefitMismatch(c: CaseFacts): Finding | null {
  if (c.status !== '保護中') return null;
  const expected = Math.max(0, c.minimum_cost_of_living - c.recognised_income);
  if (expected === 0 || c.monthly_benefit === expected) return null;
  return finding('CASE_BENEFIT_MISMATCH', 'warning', `保護費 ${yen(c.monthly_benefit)} が最低生活費 ${yen(c.minimum_cost_of_living)} − 収入認定額 ${yen(c.recognised_income)} = ${yen(expected)} と一致しません。`);
}

/** A closed case (廃止) is history, worth knowing when the household applies again. */
export function closedCase(c: CaseFacts): Finding | null {
  if (c.status !== '廃止') return null;
  return finding('CASE_CLOSED', 'info', `保護廃止（${c.ended_on ?? '廃止日不明'}${c.end_reason ? `、${c.end_reason}` : ''}）。`);
}

export function caseFindings(c: CaseFacts, on: string): Finding[] {
  const rules = [suspendedCase(c), reviewOverdue(c, on), incomeAboveMinimum(c), benefitMismatch(c), closedCase(c)];
  return bySeverity(rules.filter((f): f is Finding => f !== null));
}

/** 決定期限 (法24条): 14 days from the application, 30 when a special reason is recorded. */
export function decisionDueOn(a: ApplicationFacts): string {
  const p = effectiveOn(PROCEDURE, a.applied_on);
  return addDays(a.applied_on, a.extension_reason ? p.extendedDecisionDays : p.decisionDays);
}

/** An open application (調査中) against its decision due date: overdue, due soon, or under way. */
export function applicationDeadline(a: ApplicationFacts, on: string, dueSoonDays = effectiveOn(PROCEDURE, on).dueSoonDays): Finding | null {
  if (a.status !== '調査中') return null;
  const due = decisionDueOn(a);
  const left = daysBetween(on, due);
  const applied = `保護申請（申請日 ${a.applied_on}）`;
  if (left < 0) return finding('APPLICATION_DECISION_OVERDUE', 'critical', `${applied}の決定期限 ${due} を${-left}日過ぎています（法24条）。`);
  if (left <= dueSoonDays) return finding('APPLICATION_DECISION_DUE', 'warning', `${applied}の決定期限 ${due} まで${left === 0 ? '本日限り' : `あと${left}日`}です。`);
  return finding('APPLICATION_OPEN', 'info', `${applied}を調査中です（決定期限 ${due}）。`);
}

export function applicationFindings(a: ApplicationFacts, on: string): Finding[] {
  const f = applicationDeadline(a, on);
  return f ? [f] : [];
}

/** A person no longer covered by the case (世帯分離, 転出, 死亡 …). */
export function memberExcluded(m: Pick<CaseMemberRow, 'excluded_on' | 'exclusion_reason'>): Finding | null {
  if (!m.excluded_on) return null;
  return finding('CASE_MEMBER_EXCLUDED', 'info', `${m.excluded_on} に保護の対象から除外されています${m.exclusion_reason ? `（${m.exclusion_reason}）` : ''}。`);
}

/** A person's findings: their case's (while covered), their exclusion, and their open applications'. */
export function personFindings(membership: CaseMemberRow | null, c: CaseFacts | null, applications: readonly ApplicationFacts[], on: string): Finding[] {
  const excluded = membership ? memberExcluded(membership) : null;
  const fromCase = c && !excluded ? caseFindings(c, on) : [];
  const fromApplications = applications.flatMap((a) => applicationFindings(a, on));
  return bySeverity([...fromCase, ...(excluded ? [excluded] : []), ...fromApplications]);
}
