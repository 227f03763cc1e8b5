import { describe, expect, it } from 'vitest';
import type { PensionRaw } from '../query';
import { pensionFacts, pensionRule } from './pension';
import { ctx } from './test-context';

type Benefit = PensionRaw['benefits'][number];
const oldAge = (overrides: Partial<Benefit> = {}): Benefit => ({ benefitNo: 1, kind: '老齢基礎年金', grade: null, annualAmount: 780_000, startedOn: '2025-08-01', endedOn: null, ...overrides });
const record = (benefits: Benefit[], insuredCategory: string | null = null): PensionRaw => ({ hasRecord: true, insuredCategory, insuredSince: insuredCategory ? '2025-09-01' : null, benefits });
const run = (before: PensionRaw, after: PensionRaw) => pensionRule(pensionFacts(before), pensionFacts(after), ctx);

describe('pension rules', () => {
  it('年金受給開始: income in full, 年額 ÷ 12', () => {
    const [change] = run(record([]), record([oldAge()]));
    expect(change).toMatchObject({ kind: '年金受給開始', effectiveDate: '2025-08-01', estimatedMonthlyImpact: -65_000, summary: '山田 花子 の老齢基礎年金の受給が開始 年額 780,000円（月額 65,000円）（2025-08-01）' });
  });

  it('年金額変更: the monthly difference, negative when the pension went up', () => {
    const [change] = run(record([oldAge()]), record([oldAge({ annualAmount: 831_700 })]));
    expect(change).toMatchObject({ kind: '年金額変更', effectiveDate: null, estimatedMonthlyImpact: -(69_308 - 65_000) });
  });

  it('年金額変更: a 障害基礎年金 grade change is told', () => {
    const disability = oldAge({ kind: '障害基礎年金', grade: 2, annualAmount: 831_700 });
    const [change] = run(record([disability]), record([{ ...disability, grade: 1, annualAmount: 1_039_625 }]));
    expect(change?.summary).toContain('等級 2級 → 1級');
  });

  it('年金受給終了: the benefit goes up by what was recognised', () => {
    const [change] = run(record([oldAge()]), record([oldAge({ endedOn: '2025-09-30' })]));
    expect(change).toMatchObject({ kind: '年金受給終了', effectiveDate: '2025-09-30', estimatedMonthlyImpact: 65_000 });
  });

  it('被用者保険加入: 第1号 → 第2号 (厚生年金) means employment', () => {
    const [change] = run(record([], '第1号'), record([], '第2号'));
    expect(change).toMatchObject({ kind: '被用者保険加入', effectiveDate: '2025-09-01', estimatedMonthlyImpact: null });
  });

  it('two pensions starting at once are two notices, told apart', () => {
    const changes = run(record([]), record([oldAge(), oldAge({ benefitNo: 2, kind: '遺族基礎年金' })]));
    expect(changes.map((c) => c.subject)).toEqual(['benefit:1', 'benefit:2']);
  });
});
