import { effectiveOn, yen, type GradeClass } from '@smart-casework/kit';
import { ADDITIONS } from '../../parameters';
import type { DisabilityRaw } from '../query';
import { arrow, on, type DetectedChange, type RuleContext, type SectionRule } from './types';

/** 障害福祉: the certificates (手帳) held and the city's allowances. */
export interface DisabilityFacts {
  hasRecord: boolean;
  certificates: DisabilityRaw['certificates'];
  allowances: DisabilityRaw['allowances'];
}

type Certificate = DisabilityRaw['certificates'][number];

export function disabilityFacts(raw: DisabilityRaw): DisabilityFacts {
  return {
    hasRecord: raw.hasRecord,
    certificates: [...raw.certificates].sort((a, b) => a.kind.localeCompare(b.kind)),
    allowances: [...raw.allowances].sort((a, b) => a.kind.localeCompare(b.kind)),
  };
}

const CERTIFICATE_NAMES: Record<string, string> = { 身体: '身体障害者手帳', 療育: '療育手帳', 精神: '精神障害者保健福祉手帳' };

/**
 * 障害者加算 from the certificates: 身体 1・2級 or 精神 1級 the higher amount, 身体 3級 or 精神 2級
 * the lower (DOMAIN.md 3.2; 精神 treated like 身体 as is common practice, unverified).
 * 障害年金 grades also qualify but belong to the pension section.
 */
export function disabilityAdditionOf(certificates: readonly Certificate[], grade: GradeClass, day: string): number {
  const amounts = effectiveOn(ADDITIONS, day).byClass[grade];
  let best = 0;
  for (const c of certificates) {
    const n = Number.parseInt(c.grade, 10);
    if ((c.kind === '身体' && n <= 2) || (c.kind === '精神' && n === 1)) best = Math.max(best, amounts.disabilityHigh);
    else if ((c.kind === '身体' && n === 3) || (c.kind === '精神' && n === 2)) best = Math.max(best, amounts.disabilityLow);
  }
  return best;
}

function certificateChange(was: Certificate | undefined, now: Certificate | undefined, ctx: RuleContext): DetectedChange | null {
  if (was?.grade === now?.grade) return null;
  const kind = (now ?? was)?.kind ?? '';
  const date = now?.issuedOn ?? null;
  return { kind: '障害等級変更', summary: `${ctx.name} の${CERTIFICATE_NAMES[kind] ?? kind}が ${arrow(was?.grade ?? null, now?.grade ?? null)} に変更${on(date)}`, before: was ?? null, after: now ?? null, effectiveDate: date, estimatedMonthlyImpact: null, subject: `certificate:${kind}` };
}

/** 障害者加算 moves with the grade: its change is the impact, told once on the first change. */
export const disabilityRule: SectionRule<DisabilityFacts> = (before, after, ctx) => {
  const kinds = [...new Set([...before.certificates, ...after.certificates].map((c) => c.kind))].sort();
  const found = kinds
    .map((kind) => certificateChange(before.certificates.find((c) => c.kind === kind), after.certificates.find((c) => c.kind === kind), ctx))
    .filter((c): c is DetectedChange => c !== null);
  const first = found[0];
  if (!first) return found;
  const additionBefore = disabilityAdditionOf(before.certificates, ctx.grade, ctx.today);
  const additionAfter = disabilityAdditionOf(after.certificates, ctx.grade, ctx.today);
  if (additionBefore !== additionAfter) {
    first.estimatedMonthlyImpact = additionAfter - additionBefore;
    first.summary += `、障害者加算 ${arrow(yen(additionBefore), yen(additionAfter))}`;
  }
  return found;
};
