import { effectiveOn, yen } from '@smart-casework/kit';
import { ADDITIONS } from '../../parameters';
import type { ChildRaw } from '../query';
import { arrow, type DetectedChange, type NoticeKind, type RuleContext, type SectionRule } from './types';

/** 児童手当・児童扶養手当・特別児童扶養手当 the person receives (as 受給者). */
export interface ChildFacts {
  hasRecord: boolean;
  allowances: AllowanceFacts[];
}

/** One allowance as the watch query reads it, with its children and revisions reduced to what the rules compare. */
export type AllowanceFacts = Omit<ChildRaw['allowances'][number], 'countedChildren' | 'revisions'> & {
  /** 支給対象 children: 児童養育加算 follows them. */
  paidChildren: number;
  /** The newest 額改定, which dates a change of amount. */
  lastRevision: { revisedOn: string; reason: string } | null;
};

export function childFacts(raw: ChildRaw): ChildFacts {
  const allowances = raw.allowances.map((a): AllowanceFacts => {
    const { countedChildren: _children, revisions: _revisions, ...allowance } = a;
    const newest = [...a.revisions].sort((x, y) => y.revisionNo - x.revisionNo)[0];
    return {
      ...allowance,
      paidChildren: a.countedChildren.filter((c) => c.paid).length,
      lastRevision: newest ? { revisedOn: newest.revisedOn, reason: newest.reason } : null,
    };
  });
  return { hasRecord: raw.hasRecord, allowances: allowances.sort((a, b) => a.certificationNo.localeCompare(b.certificationNo)) };
}

const KINDS: Record<string, NoticeKind> = { 児童扶養手当: '児童扶養手当額変更', 特別児童扶養手当: '特別児童扶養手当額変更', 児童手当: '児童手当変更' };

/** What is paid monthly now: nothing once the entitlement ended. */
const paying = (a: AllowanceFacts | undefined) => (a && a.endedOn === null ? a.monthlyAmount : 0);
const paidChildren = (a: AllowanceFacts | undefined) => (a && a.endedOn === null ? a.paidChildren : 0);

/** The date the change takes effect: 消滅日, the first month paid, or the new 改定日. */
function effectiveDate(was: AllowanceFacts | undefined, now: AllowanceFacts): string | null {
  if (now.endedOn !== null && was?.endedOn === null) return now.endedOn;
  if (!was || was.endedOn !== null) return `${now.paymentStartMonth}-01`;
  const revised = now.lastRevision;
  return revised && revised.revisedOn !== was.lastRevision?.revisedOn ? revised.revisedOn : null;
}

function why(was: AllowanceFacts | undefined, now: AllowanceFacts): string {
  if (now.endedOn !== null) return `、消滅: ${now.endReason ?? '事由不明'}`;
  if (!was || was.endedOn !== null) return '、新規認定';
  return now.lastRevision && now.lastRevision.revisedOn !== was.lastRevision?.revisedOn ? `、${now.lastRevision.reason}` : '';
}

/**
 * Every allowance is income in full (DOMAIN.md 3.1); 児童手当 is matched by 児童養育加算 per
 * paid child, so its impact is the allowance's change less the 加算's change.
 */
function allowanceChange(was: AllowanceFacts | undefined, now: AllowanceFacts, ctx: RuleContext): DetectedChange | null {
  const kind = KINDS[now.program];
  if (!kind) return null;
  const amountDelta = paying(now) - paying(was);
  const childDelta = kind === '児童手当変更' ? paidChildren(now) - paidChildren(was) : 0;
  if (amountDelta === 0 && childDelta === 0) return null;
  const addition = childDelta * effectiveOn(ADDITIONS, ctx.today).byClass[ctx.grade].childRearingPerChild;
  const impact = -amountDelta + addition;
  const date = effectiveDate(was, now);
  const children = childDelta !== 0 ? `、支給対象児童 ${paidChildren(was)}人 → ${paidChildren(now)}人` : '';
  const summary = `${ctx.name} の${now.program}が 月額 ${arrow(yen(paying(was)), yen(paying(now)))} に変更（${date ?? ctx.today}${why(was, now)}${children}）`;
  return { kind, summary, before: was ?? null, after: now, effectiveDate: date, estimatedMonthlyImpact: impact === 0 ? null : impact, subject: `certification:${now.certificationNo}` };
}

export const childRule: SectionRule<ChildFacts> = (before, after, ctx) => {
  const earlier = new Map(before.allowances.map((a) => [a.certificationNo, a]));
  return after.allowances.map((a) => allowanceChange(earlier.get(a.certificationNo), a, ctx)).filter((c): c is DetectedChange => c !== null);
};
