import { describe, expect, it } from 'vitest';
import type { TaxRaw } from '../query';
import { recognisedMonthlyIncome, taxFacts, taxRule } from './tax';
import { ctx } from './test-context';

function tax(overrides: Partial<TaxRaw> = {}): TaxRaw {
  return {
    hasRecord: true, fiscalYear: 2025, taxStatus: '非課税', exemptReason: '非課税限度額以下', totalIncome: 250_000,
    incomes: [{ kind: '給与', revenue: 1_100_000, income: 250_000 }], lands: [], buildings: [], lightVehicles: [], ...overrides,
  };
}

const run = (before: TaxRaw, after: TaxRaw) => taxRule(taxFacts(before), taxFacts(after), ctx);

describe('tax rules', () => {
  it('nothing when the facts are the same (list order does not matter)', () => {
    const lands = [{ location: 'A', lotNo: '1', landUse: '宅地', areaSqm: 100, assessedValue: 1 }, { location: 'B', lotNo: '2', landUse: '畑', areaSqm: 50, assessedValue: 2 }];
    expect(run(tax({ lands }), tax({ lands: [...lands].reverse() }))).toEqual([]);
  });

  it('課税状況変更: 非課税 → 課税', () => {
    const [change] = run(tax(), tax({ taxStatus: '課税', exemptReason: null, fiscalYear: 2026, totalIncome: 250_000 }));
    expect(change).toMatchObject({ kind: '課税状況変更', estimatedMonthlyImpact: null, summary: '山田 花子 の住民税課税区分が 非課税（非課税限度額以下） → 課税 に変更（2026年度）' });
  });

  it('所得増加: salary up, the impact after the approximate 勤労控除', () => {
    const after = tax({ totalIncome: 1_160_000, incomes: [{ kind: '給与', revenue: 1_800_000, income: 1_160_000 }] });
    const changes = run(tax(), after);
    expect(changes.map((c) => c.kind)).toEqual(['所得増加']);
    // 91,666円/month → 150,000円/month: (91,666 − 15,000) × 0.9 = 68,999 → (150,000 − 15,000) × 0.9 = 121,500.
    expect(changes[0]).toMatchObject({ estimatedMonthlyImpact: -(121_500 - 68_999), summary: '山田 花子 の合計所得金額が 250,000円 → 1,160,000円 に増加（2024年分）' });
  });

  it('所得増加: other income (e.g. 公的年金等) counts in full', () => {
    expect(recognisedMonthlyIncome(taxFacts(tax({ incomes: [{ kind: '公的年金等', revenue: 1_200_000, income: 600_000 }] })), ctx.today)).toBe(100_000);
  });

  it('no notice when income went down', () => {
    expect(run(tax(), tax({ totalIncome: 100_000, incomes: [{ kind: '給与', revenue: 650_000, income: 100_000 }] }))).toEqual([]);
  });

  it('固定資産取得: land and a building, one notice each', () => {
    const after = tax({ lands: [{ location: '試験市中央二丁目', lotNo: '12番3', landUse: '畑', areaSqm: 420, assessedValue: 1_200_000 }], buildings: [{ location: '試験市中央二丁目', buildingNo: '12番3の1', kind: '居宅', floorAreaSqm: 80.5, assessedValue: 3_000_000 }] });
    const changes = run(tax(), after);
    expect(changes.map((c) => c.kind)).toEqual(['固定資産取得', '固定資産取得']);
    expect(changes[0]?.summary).toBe('山田 花子 が土地（試験市中央二丁目 12番3、畑 420㎡、評価額 1,200,000円）を所有');
    expect(new Set(changes.map((c) => c.subject)).size).toBe(2);
  });

  it('軽自動車取得: dated by its registration', () => {
    const [change] = run(tax(), tax({ lightVehicles: [{ kind: '軽四輪乗用 自家用', plate: '鳥取 580 あ 12-34', registeredOn: '2025-09-01' }] }));
    expect(change).toMatchObject({ kind: '軽自動車取得', effectiveDate: '2025-09-01', summary: '山田 花子 名義で軽自動車（軽四輪乗用 自家用 鳥取 580 あ 12-34）が登録（2025-09-01）' });
  });
});
