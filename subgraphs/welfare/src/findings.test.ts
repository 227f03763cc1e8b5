import { describe, expect, it } from 'vitest';
import type { ApplicationRow } from './data/applications';
import type { CaseMemberRow } from './data/case-members';
import type { CaseRow } from './data/cases';
import { applicationDeadline, benefitMismatch, caseFindings, closedCase, decisionDueOn, incomeAboveMinimum, memberExcluded, personFindings, reviewOverdue, suspendedCase } from './findings';

const ON = '2025-10-01';

function aCase(overrides: Partial<CaseRow> = {}): CaseRow {
  return {
    case_no: 'C0001', household_no: '000000019', status: '保護中', started_on: '2020-04-01', ended_on: null, end_reason: null, grade: '2級地-1',
    minimum_cost_of_living: 120_000, recognised_income: 30_000, monthly_benefit: 90_000, last_reviewed_on: '2025-06-01', caseworker_id: 'cw001',
    ...overrides,
  };
}

function anApplication(overrides: Partial<ApplicationRow> = {}): ApplicationRow {
  return { application_no: 'A0001', household_no: '000000019', applicant_atena_no: '000000019', applied_on: '2025-09-25', caseworker_id: 'cw001', status: '調査中', extension_reason: null, decided_on: null, case_no: null, decision_note: null, ...overrides };
}

const membership = (overrides: Partial<CaseMemberRow> = {}): CaseMemberRow => ({ case_no: 'C0001', atena_no: '000000019', case_role: '世帯主', covered_from: '2020-04-01', excluded_on: null, exclusion_reason: null, ...overrides });

describe('case findings', () => {
  it('has nothing to say about a case in order', () => {
    expect(caseFindings(aCase(), ON)).toEqual([]);
  });

  it('flags a suspended case (停止中) only', () => {
    expect(suspendedCase(aCase({ status: '停止中' }))).toMatchObject({ code: 'CASE_SUSPENDED', severity: 'warning' });
    expect(suspendedCase(aCase())).toBeNull();
  });

  it('flags a review overdue after the interval, counted from the last review or else the start', () => {
    expect(reviewOverdue(aCase({ last_reviewed_on: '2024-10-01' }), ON)).toBeNull();
    const overdue = reviewOverdue(aCase({ last_reviewed_on: '2024-09-30' }), ON);
    expect(overdue).toMatchObject({ code: 'CASE_REVIEW_OVERDUE', severity: 'warning' });
    expect(overdue?.message).toContain('12か月');
    expect(overdue?.message).toContain('1日超過');
    expect(reviewOverdue(aCase({ last_reviewed_on: null, started_on: '2024-01-15' }), ON)?.message).toContain('保護開始日（2024-01-15）');
    expect(reviewOverdue(aCase({ last_reviewed_on: '2025-03-01' }), ON, 6)?.message).toContain('6か月');
    expect(reviewOverdue(aCase({ status: '廃止', last_reviewed_on: '2020-01-01' }), ON)).toBeNull();
  });

  it('flags income at or above the minimum while receiving as critical', () => {
    const f = incomeAboveMinimum(aCase({ recognised_income: 130_000, monthly_benefit: 0 }));
    expect(f).toMatchObject({ code: 'CASE_INCOME_ABOVE_MINIMUM', severity: 'critical' });
    expect(f?.message).toContain('130,000円');
    expect(incomeAboveMinimum(aCase({ monthly_benefit: 0 }))?.code).toBe('CASE_INCOME_ABOVE_MINIMUM');
    expect(incomeAboveMinimum(aCase())).toBeNull();
    expect(incomeAboveMinimum(aCase({ status: '停止中', recognised_income: 130_000, monthly_benefit: 0 }))).toBeNull();
  });

  it('flags a benefit that is not the minimum less the income', () => {
    const f = benefitMismatch(aCase({ monthly_benefit: 95_000 }));
    expect(f).toMatchObject({ code: 'CASE_BENEFIT_MISMATCH', severity: 'warning' });
    expect(f?.message).toContain('90,000円');
    expect(benefitMismatch(aCase())).toBeNull();
    expect(benefitMismatch(aCase({ recognised_income: 200_000, monthly_benefit: 5_000 }))).toBeNull();
  });

  it('notes a closed case with its date and reason', () => {
    expect(closedCase(aCase({ status: '廃止', ended_on: '2025-03-31', end_reason: '収入増' }))?.message).toBe('保護廃止（2025-03-31、収入増）。');
    expect(closedCase(aCase())).toBeNull();
  });

  it('puts critical findings first', () => {
    const codes = caseFindings(aCase({ last_reviewed_on: '2023-01-01', recognised_income: 130_000, monthly_benefit: 0 }), ON).map((f) => f.code);
    expect(codes).toEqual(['CASE_INCOME_ABOVE_MINIMUM', 'CASE_REVIEW_OVERDUE']);
  });
});

describe('application findings', () => {
  it('sets the decision due 14 days after the application, 30 with a reason (法24条)', () => {
    expect(decisionDueOn(anApplication({ applied_on: '2025-09-20' }))).toBe('2025-10-04');
    expect(decisionDueOn(anApplication({ applied_on: '2025-09-20', extension_reason: '扶養義務者調査' }))).toBe('2025-10-20');
  });

  it('is critical past the due date, a warning within 3 days, info before', () => {
    expect(applicationDeadline(anApplication({ applied_on: '2025-09-10' }), ON)).toMatchObject({ code: 'APPLICATION_DECISION_OVERDUE', severity: 'critical', message: expect.stringContaining('7日過ぎています') });
    expect(applicationDeadline(anApplication({ applied_on: '2025-09-20' }), ON)).toMatchObject({ code: 'APPLICATION_DECISION_DUE', severity: 'warning', message: expect.stringContaining('あと3日') });
    expect(applicationDeadline(anApplication({ applied_on: '2025-09-17' }), ON)?.message).toContain('本日限り');
    expect(applicationDeadline(anApplication({ applied_on: '2025-09-21' }), ON)).toMatchObject({ code: 'APPLICATION_OPEN', severity: 'info' });
    expect(applicationDeadline(anApplication({ applied_on: '2025-09-10', extension_reason: '資産調査' }), ON)?.code).toBe('APPLICATION_OPEN');
  });

  it('says nothing of a decided application', () => {
    expect(applicationDeadline(anApplication({ applied_on: '2025-01-10', status: '開始' }), ON)).toBeNull();
  });
});

describe('person findings', () => {
  it('notes an exclusion instead of the case findings', () => {
    const excluded = membership({ excluded_on: '2025-05-01', exclusion_reason: '世帯分離' });
    expect(memberExcluded(excluded)?.message).toBe('2025-05-01 に保護の対象から除外されています（世帯分離）。');
    expect(personFindings(excluded, aCase({ status: '停止中' }), [], ON).map((f) => f.code)).toEqual(['CASE_MEMBER_EXCLUDED']);
  });

  it('combines the case and open applications, most urgent first', () => {
    const codes = personFindings(membership(), aCase({ status: '停止中' }), [anApplication({ applied_on: '2025-09-01' })], ON).map((f) => f.code);
    expect(codes).toEqual(['APPLICATION_DECISION_OVERDUE', 'CASE_SUSPENDED']);
    expect(personFindings(null, null, [], ON)).toEqual([]);
  });
});
