import { describe, expect, it } from 'vitest';
import type { ChildRaw } from '../query';
import { childFacts, childRule } from './child-benefits';
import { ctx } from './test-context';

type Allowance = ChildRaw['allowances'][number];
function allowance(overrides: Partial<Allowance> = {}): Allowance {
  return {
    certificationNo: 'F000001', program: '児童扶養手当', payment: '全部支給', monthlyAmount: 46_690, paymentStartMonth: '2024-12', endedOn: null, endReason: null,
    countedChildren: [{ paid: true }], revisions: [], ...overrides,
  };
}
const record = (...allowances: Allowance[]): ChildRaw => ({ hasRecord: allowances.length > 0, allowances });
const run = (before: ChildRaw, after: ChildRaw) => childRule(childFacts(before), childFacts(after), ctx);
const revision = (revisedOn: string, amountBefore: number, amountAfter: number, reason: string) => ({ revisionNo: 1, revisedOn, amountBefore, amountAfter, reason });

describe('child-benefit rules', () => {
  it('児童扶養手当額変更: the summary names the person, both amounts and the 改定日', () => {
    const after = allowance({ payment: '一部支給', monthlyAmount: 11_030, revisions: [revision('2025-11-01', 46_690, 11_030, '所得変更')] });
    const [change] = run(record(allowance()), record(after));
    expect(change).toMatchObject({ kind: '児童扶養手当額変更', effectiveDate: '2025-11-01', estimatedMonthlyImpact: 35_660, summary: '山田 花子 の児童扶養手当が 月額 46,690円 → 11,030円 に変更（2025-11-01、所得変更）' });
  });

  it('児童扶養手当額変更: an increase is income, so the benefit goes down', () => {
    const [change] = run(record(allowance({ monthlyAmount: 11_030 })), record(allowance({ revisions: [revision('2025-11-01', 11_030, 46_690, '所得変更')] })));
    expect(change?.estimatedMonthlyImpact).toBe(-35_660);
  });

  it('特別児童扶養手当額変更: a new certification is dated by its first month', () => {
    const special = allowance({ certificationNo: 'S000001', program: '特別児童扶養手当', payment: '1級', monthlyAmount: 56_800, paymentStartMonth: '2025-10' });
    const [change] = run(record(), record(special));
    expect(change).toMatchObject({ kind: '特別児童扶養手当額変更', effectiveDate: '2025-10-01', estimatedMonthlyImpact: -56_800 });
    expect(change?.summary).toContain('新規認定');
  });

  it('児童手当変更: a new child is income matched by 児童養育加算', () => {
    const before = allowance({ certificationNo: 'J000001', program: '児童手当', payment: null, monthlyAmount: 10_000, countedChildren: [{ paid: true }] });
    const after = { ...before, monthlyAmount: 25_000, countedChildren: [{ paid: true }, { paid: true }], revisions: [revision('2025-10-01', 10_000, 25_000, '児童数の変更')] };
    const [change] = run(record(before), record(after));
    expect(change).toMatchObject({ kind: '児童手当変更', effectiveDate: '2025-10-01', estimatedMonthlyImpact: -15_000 + 10_190 });
    expect(change?.summary).toContain('支給対象児童 1人 → 2人');
  });

  it('児童手当変更: an ended allowance is dated by 消滅日', () => {
    const before = allowance({ certificationNo: 'J000001', program: '児童手当', payment: null, monthlyAmount: 10_000 });
    const [change] = run(record(before), record({ ...before, endedOn: '2025-09-30', endReason: '転出' }));
    expect(change).toMatchObject({ kind: '児童手当変更', effectiveDate: '2025-09-30', estimatedMonthlyImpact: 10_000 - 10_190 });
  });

  it('nothing when only a revision of the same amount appears', () => {
    expect(run(record(allowance()), record(allowance({ revisions: [revision('2025-04-01', 46_690, 46_690, '物価スライド改定')] })))).toEqual([]);
  });
});
