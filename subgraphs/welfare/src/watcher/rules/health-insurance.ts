import type { InsuranceRaw } from '../query';
import { on, type DetectedChange, type RuleContext, type SectionRule } from './types';

/** 国保・後期: the enrolment history. */
export interface InsuranceFacts {
  hasRecord: boolean;
  currentScheme: string | null;
  enrolments: Omit<InsuranceRaw['enrolments'][number], 'insuredNo'>[];
}

const key = (e: InsuranceFacts['enrolments'][number]) => `${e.scheme}|${e.acquiredOn}`;

export function insuranceFacts(raw: InsuranceRaw): InsuranceFacts {
  return {
    hasRecord: raw.hasRecord,
    currentScheme: raw.currentScheme,
    enrolments: raw.enrolments.map(({ scheme, acquiredOn, acquisitionReason, lostOn, lossReason }) => ({ scheme, acquiredOn, acquisitionReason, lostOn, lossReason })).sort((a, b) => key(a).localeCompare(key(b))),
  };
}

const SCHEME_NAMES: Record<string, string> = { 国保: '国民健康保険', 後期: '後期高齢者医療' };
const schemeName = (scheme: string) => SCHEME_NAMES[scheme] ?? scheme;

/** Losses that follow from the office's own decision (保護開始): nothing for the caseworker to learn. */
const EXPECTED_LOSS_REASONS = new Set(['生保開始']);

/**
 * A membership that starts while on assistance means assistance is believed to have ended or the
 * person is outside it; one that ends because of 社保加入 means the person took up employment.
 */
export const insuranceRule: SectionRule<InsuranceFacts> = (before, after, ctx) => {
  const earlier = new Map(before.enrolments.map((e) => [key(e), e]));
  const found: DetectedChange[] = [];
  for (const e of after.enrolments) {
    const was = earlier.get(key(e));
    if (!was && e.lostOn === null) found.push(acquired(e, ctx));
    if (was && was.lostOn === null && e.lostOn !== null && !EXPECTED_LOSS_REASONS.has(e.lossReason ?? '')) found.push(lost(was, e, ctx));
  }
  return found;
};

function acquired(e: InsuranceFacts['enrolments'][number], ctx: RuleContext): DetectedChange {
  return { kind: '国保資格取得', summary: `${ctx.name} が${schemeName(e.scheme)}の資格を取得（${e.acquisitionReason}）${on(e.acquiredOn)}`, before: null, after: e, effectiveDate: e.acquiredOn, estimatedMonthlyImpact: null, subject: key(e) };
}

function lost(was: InsuranceFacts['enrolments'][number], e: InsuranceFacts['enrolments'][number], ctx: RuleContext): DetectedChange {
  if (e.lossReason === '社保加入') {
    return { kind: '被用者保険加入', summary: `${ctx.name} が被用者保険（社保）に加入し${schemeName(e.scheme)}の資格を喪失${on(e.lostOn)}：就労収入を確認`, before: was, after: e, effectiveDate: e.lostOn, estimatedMonthlyImpact: null, subject: key(e) };
  }
  return { kind: '国保資格喪失', summary: `${ctx.name} が${schemeName(e.scheme)}の資格を喪失（${e.lossReason ?? '事由不明'}）${on(e.lostOn)}`, before: was, after: e, effectiveDate: e.lostOn, estimatedMonthlyImpact: null, subject: key(e) };
}
