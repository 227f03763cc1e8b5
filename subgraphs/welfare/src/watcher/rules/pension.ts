import { yen } from '@smart-casework/kit';
import type { PensionRaw } from '../query';
import { arrow, incomeImpact, on, type DetectedChange, type RuleContext, type SectionRule } from './types';

/** 国民年金: the insured category and the basic pensions paid. */
export interface PensionFacts {
  hasRecord: boolean;
  insuredCategory: string | null;
  insuredSince: string | null;
  benefits: PensionRaw['benefits'];
}

type Benefit = PensionRaw['benefits'][number];

export function pensionFacts(raw: PensionRaw): PensionFacts {
  return { hasRecord: raw.hasRecord, insuredCategory: raw.insuredCategory, insuredSince: raw.insuredSince, benefits: [...raw.benefits].sort((a, b) => a.benefitNo - b.benefitNo) };
}

/** What 収入認定 counts per month: 年額 ÷ 12, rounded down (as the department's monthlyAmount). */
const monthly = (b: Benefit | undefined) => (b && b.endedOn === null ? Math.floor(b.annualAmount / 12) : 0);
const label = (b: Benefit) => (b.grade ? `${b.kind}（${b.grade}級）` : b.kind);

function benefitChange(was: Benefit | undefined, now: Benefit | undefined, ctx: RuleContext): DetectedChange | null {
  const before = monthly(was);
  const after = monthly(now);
  const impact = incomeImpact(after - before);
  const subject = `benefit:${(now ?? was)?.benefitNo}`;
  if (now && now.endedOn === null && (!was || was.endedOn !== null)) {
    // Retroactive awards (受給開始 before today) are repaid under 法63条 for the months already assisted.
    return { kind: '年金受給開始', summary: `${ctx.name} の${label(now)}の受給が開始 年額 ${yen(now.annualAmount)}（月額 ${yen(after)}）${on(now.startedOn)}`, before: was ?? null, after: now, effectiveDate: now.startedOn, estimatedMonthlyImpact: impact, subject };
  }
  if (was && was.endedOn === null && now && now.endedOn !== null) {
    return { kind: '年金受給終了', summary: `${ctx.name} の${label(now)}の受給権が消滅 月額 ${yen(before)} → 0円${on(now.endedOn)}`, before: was, after: now, effectiveDate: now.endedOn, estimatedMonthlyImpact: impact, subject };
  }
  if (was && now && now.endedOn === null && (was.annualAmount !== now.annualAmount || was.grade !== now.grade)) {
    const grade = was.grade !== now.grade ? `、等級 ${arrow(was.grade ? `${was.grade}級` : null, now.grade ? `${now.grade}級` : null)}` : '';
    return { kind: '年金額変更', summary: `${ctx.name} の${now.kind}が 年額 ${yen(was.annualAmount)} → ${yen(now.annualAmount)} に変更（月額 ${arrow(yen(before), yen(after))}${grade}）`, before: was, after: now, effectiveDate: null, estimatedMonthlyImpact: impact, subject };
  }
  return null;
}

/** 第2号 means 厚生年金: the person is employed, so earnings must be declared. */
function employment(before: PensionFacts, after: PensionFacts, ctx: RuleContext): DetectedChange[] {
  if (after.insuredCategory !== '第2号' || before.insuredCategory === '第2号') return [];
  const pick = (f: PensionFacts) => ({ insuredCategory: f.insuredCategory, insuredSince: f.insuredSince });
  return [{ kind: '被用者保険加入', summary: `${ctx.name} が国民年金 ${before.insuredCategory ?? '非加入'} → 第2号（厚生年金）に変更${on(after.insuredSince)}：就労収入を確認`, before: pick(before), after: pick(after), effectiveDate: after.insuredSince, estimatedMonthlyImpact: null, subject: 'category' }];
}

export const pensionRule: SectionRule<PensionFacts> = (before, after, ctx) => {
  const earlier = new Map(before.benefits.map((b) => [b.benefitNo, b]));
  const numbers = [...new Set([...before.benefits, ...after.benefits].map((b) => b.benefitNo))].sort((a, b) => a - b);
  const found: DetectedChange[] = [];
  for (const no of numbers) {
    const change = benefitChange(earlier.get(no), after.benefits.find((b) => b.benefitNo === no), ctx);
    if (change) found.push(change);
  }
  return [...found, ...employment(before, after, ctx)];
};
