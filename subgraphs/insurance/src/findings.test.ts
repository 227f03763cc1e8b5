import { describe, expect, it } from 'vitest';
import type { ArrearRow } from './data/arrears';
import type { EnrolmentRow } from './data/enrolments';
import { arrearsFindings, employeeInsuranceFindings, enrolledFindings, insuranceFindings, lateElderlyFindings } from './findings';
import type { InsuranceFacts } from './record';

const TODAY = '2025-10-01';
const A = '000000019';

function facts(overrides: Partial<InsuranceFacts> = {}): InsuranceFacts {
  return { today: TODAY, birthDate: '1980-04-01', enrolments: [], arrears: [], ...overrides };
}

function enrolment(overrides: Partial<EnrolmentRow> = {}): EnrolmentRow {
  return { id: 1, atena_no: A, scheme: '国保', insured_no: '31-0000001-01', acquired_on: '2018-04-01', acquisition_reason: '社保離脱', lost_on: null, loss_reason: null, household_head_atena_no: A, ...overrides };
}

function arrear(overrides: Partial<ArrearRow> = {}): ArrearRow {
  return { atena_no: A, scheme: '国保', fiscal_year: 2024, instalment: 9, due_on: '2025-02-28', amount: 4_500, ...overrides };
}

describe('insurance findings', () => {
  it('says nothing about a person the division holds nothing on, under 75', () => {
    expect(insuranceFindings(facts())).toEqual([]);
  });

  it('flags a current 国保 or 後期 membership, which must end when assistance starts', () => {
    const [kokuho] = enrolledFindings(facts({ enrolments: [enrolment()] }));
    expect(kokuho).toMatchObject({ code: 'INS_KOKUHO_ENROLLED', severity: 'warning' });
    expect(kokuho?.message).toContain('国保法6条9号');
    expect(kokuho?.message).toContain('2018-04-01');
    const [koki] = enrolledFindings(facts({ enrolments: [enrolment({ scheme: '後期', acquired_on: '2020-03-10', acquisition_reason: '75歳到達' })] }));
    expect(koki?.code).toBe('INS_KOKI_ENROLLED');
    expect(koki?.message).toContain('高確法51条1号');
    // lost today (喪失日 is the first day without membership), or not yet started
    expect(enrolledFindings(facts({ enrolments: [enrolment({ lost_on: TODAY, loss_reason: '生保開始' })] }))).toEqual([]);
    expect(enrolledFindings(facts({ enrolments: [enrolment({ acquired_on: '2025-10-02' })] }))).toEqual([]);
    expect(enrolledFindings(facts({ enrolments: [enrolment({ lost_on: '2025-10-02', loss_reason: '転出' })] }))).toHaveLength(1);
  });

  it('flags a loss to an employee scheme within the last 12 months as critical', () => {
    const lost = (on: string) => facts({ enrolments: [enrolment({ lost_on: on, loss_reason: '社保加入' })] });
    const [recent] = employeeInsuranceFindings(lost('2025-06-01'));
    expect(recent).toMatchObject({ code: 'INS_JOINED_EMPLOYEE_INSURANCE', severity: 'critical' });
    expect(recent?.message).toContain('2025-06-01');
    expect(employeeInsuranceFindings(lost('2024-10-02'))).toHaveLength(1);
    expect(employeeInsuranceFindings(lost('2024-10-01'))).toEqual([]);
    expect(employeeInsuranceFindings(facts({ enrolments: [enrolment({ lost_on: '2025-06-01', loss_reason: '転出' })] }))).toEqual([]);
  });

  it('flags premium arrears with the total and the instalments by year', () => {
    const [found] = arrearsFindings(facts({ arrears: [arrear({ fiscal_year: 2023, instalment: 10 }), arrear(), arrear({ instalment: 10, amount: 5_000 })] }));
    expect(found).toMatchObject({ code: 'INS_PREMIUM_ARREARS', severity: 'warning' });
    expect(found?.message).toContain('14,000円');
    expect(found?.message).toContain('国保 令和5年度 1期分・国保 令和6年度 2期分');
  });

  it('flags a person of 75 or over still on 国保, or with no 後期 membership that assistance explains', () => {
    const elder = (enrolments: EnrolmentRow[], birthDate = '1950-10-01') => lateElderlyFindings(facts({ birthDate, enrolments }));
    expect(elder([enrolment()]).map((f) => f.code)).toEqual(['INS_LATE_ELDERLY_ON_KOKUHO']);
    expect(elder([enrolment()], '1950-10-02')).toEqual([]);
    const [without] = elder([]);
    expect(without).toMatchObject({ code: 'INS_LATE_ELDERLY_WITHOUT_RECORD', severity: 'warning' });
    expect(without?.message).toContain('75歳');
    expect(elder([enrolment({ scheme: '後期' })])).toEqual([]);
    expect(elder([enrolment({ lost_on: '2020-04-01', loss_reason: '生保開始' })])).toEqual([]);
    expect(elder([enrolment({ lost_on: '2020-04-01', loss_reason: '転出' })]).map((f) => f.code)).toEqual(['INS_LATE_ELDERLY_WITHOUT_RECORD']);
    expect(lateElderlyFindings(facts({ birthDate: null }))).toEqual([]);
  });

  it('orders findings most urgent first', () => {
    const found = insuranceFindings(facts({ enrolments: [enrolment({ id: 2, acquired_on: '2025-09-01' }), enrolment({ lost_on: '2025-06-01', loss_reason: '社保加入' })], arrears: [arrear()] }));
    expect(found.map((f) => f.code)).toEqual(['INS_JOINED_EMPLOYEE_INSURANCE', 'INS_KOKUHO_ENROLLED', 'INS_PREMIUM_ARREARS']);
  });
});
