import { describe, expect, it } from 'vitest';
import type { InsuranceRaw } from '../query';
import { insuranceFacts, insuranceRule } from './health-insurance';
import { ctx } from './test-context';

type Enrolment = InsuranceRaw['enrolments'][number];
const kokuho = (overrides: Partial<Enrolment> = {}): Enrolment => ({ scheme: '国保', insuredNo: '12-345-01', acquiredOn: '2025-09-01', acquisitionReason: '社保離脱', lostOn: null, lossReason: null, ...overrides });
const record = (enrolments: Enrolment[]): InsuranceRaw => ({ hasRecord: enrolments.length > 0, currentScheme: enrolments.some((e) => !e.lostOn) ? '国保' : null, enrolments });
const run = (before: Enrolment[], after: Enrolment[]) => insuranceRule(insuranceFacts(record(before)), insuranceFacts(record(after)), ctx);

describe('health-insurance rules', () => {
  it('国保資格取得: a new current membership', () => {
    const [change] = run([], [kokuho()]);
    expect(change).toMatchObject({ kind: '国保資格取得', effectiveDate: '2025-09-01', estimatedMonthlyImpact: null, summary: '山田 花子 が国民健康保険の資格を取得（社保離脱）（2025-09-01）' });
  });

  it('被用者保険加入: membership ended because the person joined an employee scheme', () => {
    const [change] = run([kokuho({ acquiredOn: '2024-01-01' })], [kokuho({ acquiredOn: '2024-01-01', lostOn: '2025-09-16', lossReason: '社保加入' })]);
    expect(change).toMatchObject({ kind: '被用者保険加入', effectiveDate: '2025-09-16' });
    expect(change?.summary).toContain('被用者保険（社保）に加入');
  });

  it('国保資格喪失: membership ended for another reason', () => {
    const [change] = run([kokuho({ acquiredOn: '2024-01-01' })], [kokuho({ acquiredOn: '2024-01-01', lostOn: '2025-09-30', lossReason: '転出' })]);
    expect(change).toMatchObject({ kind: '国保資格喪失', summary: '山田 花子 が国民健康保険の資格を喪失（転出）（2025-09-30）' });
  });

  it('nothing for a loss that follows from the start of assistance (生保開始)', () => {
    expect(run([kokuho()], [kokuho({ lostOn: '2025-09-20', lossReason: '生保開始' })])).toEqual([]);
  });

  it('nothing when the insured number is reissued', () => {
    expect(run([kokuho()], [kokuho({ insuredNo: '12-999-01' })])).toEqual([]);
  });
});
