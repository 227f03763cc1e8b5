import { describe, expect, it } from 'vitest';
import type { CareRaw } from '../query';
import { careFacts, careRule } from './long-term-care';
import { ctx } from './test-context';

type Certification = NonNullable<CareRaw['currentCertification']>;
const certification = (overrides: Partial<Certification> = {}): Certification => ({ applicationKind: '新規', certifiedOn: '2025-03-20', level: '要介護1', validFrom: '2025-03-01', validTo: '2026-02-28', ...overrides });
const record = (current: Certification | null): CareRaw => ({ hasRecord: true, insuredCategory: '第1号', premiumStage: 1, monthlyPremium: 1_500, premiumCollection: '普通徴収', currentCertification: current });
const run = (before: Certification | null, after: Certification | null) => careRule(careFacts(record(before)), careFacts(record(after)), ctx);

describe('long-term-care rules', () => {
  it('介護認定変更: a new level, dated by the start of validity', () => {
    const [change] = run(certification(), certification({ applicationKind: '区分変更', certifiedOn: '2025-09-25', level: '要介護3', validFrom: '2025-09-01' }));
    expect(change).toMatchObject({ kind: '介護認定変更', effectiveDate: '2025-09-01', estimatedMonthlyImpact: null, summary: '山田 花子 の要介護認定が 要介護1 → 要介護3 に変更（区分変更、2025-09-01から）' });
  });

  it('介護認定変更: a first certification', () => {
    expect(run(null, certification())[0]).toMatchObject({ kind: '介護認定変更', before: null });
  });

  it('nothing for a renewal at the same level', () => {
    expect(run(certification(), certification({ applicationKind: '更新', validFrom: '2026-03-01', validTo: '2027-02-28' }))).toEqual([]);
  });
});
