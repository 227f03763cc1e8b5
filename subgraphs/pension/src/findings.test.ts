import { describe, expect, it } from 'vitest';
import type { BenefitRow } from './data/benefits';
import type { InsuredPeriodRow } from './data/insured';
import { disabilityAdditionCheck, pensionFindings, pensionIncome, recentlyStarted, statutoryExemption, unclaimedPension } from './findings';
import type { PensionRecordModel } from './record';

const ON = '2025-10-01';

function record(overrides: Partial<PensionRecordModel> = {}): PensionRecordModel {
  return { atenaNo: '123456780', birthDate: '1980-05-10', insuredPeriods: [], exemptions: [], benefits: [], ...overrides };
}

function benefit(overrides: Partial<BenefitRow> = {}): BenefitRow {
  return { atena_no: '123456780', benefit_no: 1, kind: '老齢基礎年金', grade: null, annual_amount: 831_700, started_on: '2020-06-01', ended_on: null, ...overrides };
}

function firstCategory(overrides: Partial<InsuredPeriodRow> = {}): InsuredPeriodRow {
  return { atena_no: '123456780', history_no: 1, category: '第1号', acquired_on: '2000-05-09', acquisition_reason: '20歳到達', lost_on: null, loss_reason: null, basic_pension_no: '****-**1234', prior_year_income: 0, ...overrides };
}

describe('unclaimedPension (他法他施策)', () => {
  it('flags a person of 65 or over with no benefit, with the full amount for their cohort', () => {
    expect(unclaimedPension(record({ birthDate: '1958-03-01' }), ON)).toEqual([{ code: 'PENSION_UNCLAIMED', severity: 'critical', message: '67歳で年金の受給記録なし：老齢基礎年金の請求を確認（他法他施策、満額なら月額69,308円）' }]);
    expect(unclaimedPension(record({ birthDate: '1950-03-01' }), ON)[0]?.message).toContain('月額69,108円');
  });
  it('is silent under 65, with a benefit being paid, or without a birth date', () => {
    expect(unclaimedPension(record({ birthDate: '1960-10-02' }), ON)).toEqual([]);
    expect(unclaimedPension(record({ birthDate: '1950-03-01', benefits: [benefit()] }), ON)).toEqual([]);
    expect(unclaimedPension(record({ birthDate: null }), ON)).toEqual([]);
  });
  it('counts a benefit that has ended as no benefit', () => {
    expect(unclaimedPension(record({ birthDate: '1950-03-01', benefits: [benefit({ ended_on: '2025-01-01' })] }), ON)).toHaveLength(1);
  });
});

describe('pensionIncome (収入認定)', () => {
  it('gives the monthly amount of each benefit being paid', () => {
    const findings = pensionIncome(record({ benefits: [benefit({ kind: '障害基礎年金', grade: 1, annual_amount: 1_039_625 })] }), ON);
    expect(findings).toEqual([{ code: 'PENSION_INCOME', severity: 'warning', message: '障害基礎年金1級を受給中：月額86,635円（年額1,039,625円、偶数月払い）を収入として全額認定' }]);
  });
  it('skips benefits not yet started or ended', () => {
    expect(pensionIncome(record({ benefits: [benefit({ started_on: '2025-11-01' }), benefit({ benefit_no: 2, ended_on: '2025-09-30' })] }), ON)).toEqual([]);
  });
});

describe('recentlyStarted (遡及支給)', () => {
  it('flags a benefit that started in the last three months', () => {
    const findings = recentlyStarted(record({ benefits: [benefit({ started_on: '2025-08-15' })] }), ON);
    expect(findings).toEqual([{ code: 'PENSION_STARTED', severity: 'critical', message: '老齢基礎年金の受給開始（2025-08-15）：収入認定の開始と遡及支給分の返還（63条）を確認' }]);
  });
  it('ignores one that started earlier', () => {
    expect(recentlyStarted(record({ benefits: [benefit({ started_on: '2025-07-01' })] }), ON)).toEqual([]);
  });
});

describe('statutoryExemption (法定免除)', () => {
  it('flags a current 第1号 with no income and no exemption', () => {
    expect(statutoryExemption(record({ insuredPeriods: [firstCategory()] }), ON)).toEqual([expect.objectContaining({ code: 'PENSION_STATUTORY_EXEMPTION', severity: 'warning' })]);
  });
  it('is silent with income, with an exemption in force, for a 第2号 or a lost period', () => {
    expect(statutoryExemption(record({ insuredPeriods: [firstCategory({ prior_year_income: 1_200_000 })] }), ON)).toEqual([]);
    const exemption = { atena_no: '123456780', history_no: 1, kind: '法定免除', reason: '生活扶助受給', period_from: '2024-03-01', period_to: null, notified_on: '2024-04-10' };
    expect(statutoryExemption(record({ insuredPeriods: [firstCategory()], exemptions: [exemption] }), ON)).toEqual([]);
    expect(statutoryExemption(record({ insuredPeriods: [firstCategory({ category: '第2号' })] }), ON)).toEqual([]);
    expect(statutoryExemption(record({ insuredPeriods: [firstCategory({ lost_on: '2025-05-09', loss_reason: '60歳到達' })] }), ON)).toEqual([]);
  });
  it('flags again once an application exemption has run out', () => {
    const lapsed = { atena_no: '123456780', history_no: 1, kind: '申請全額免除', reason: null, period_from: '2024-07-01', period_to: '2025-06-30', notified_on: '2024-07-05' };
    expect(statutoryExemption(record({ insuredPeriods: [firstCategory()], exemptions: [lapsed] }), ON)).toHaveLength(1);
  });
});

describe('disabilityAdditionCheck (障害者加算)', () => {
  it('gives the 障害者加算 range by grade', () => {
    const grade1 = disabilityAdditionCheck(record({ benefits: [benefit({ kind: '障害基礎年金', grade: 1 })] }), ON);
    expect(grade1).toEqual([{ code: 'PENSION_DISABILITY_ADDITION', severity: 'warning', message: '障害基礎年金1級：障害者加算（月額23,060円〜26,810円、級地による）の計上を確認' }]);
    expect(disabilityAdditionCheck(record({ benefits: [benefit({ kind: '障害基礎年金', grade: 2 })] }), ON)[0]?.message).toContain('月額15,380円〜17,870円');
  });
  it('is silent for other benefits', () => {
    expect(disabilityAdditionCheck(record({ benefits: [benefit(), benefit({ kind: '遺族基礎年金' })] }), ON)).toEqual([]);
  });
});

describe('pensionFindings', () => {
  it('orders critical findings first', () => {
    const findings = pensionFindings(record({ birthDate: '1958-01-01', benefits: [benefit({ kind: '障害基礎年金', grade: 2, started_on: '2025-09-01' })] }), ON);
    expect(findings.map((f) => f.code)).toEqual(['PENSION_STARTED', 'PENSION_INCOME', 'PENSION_DISABILITY_ADDITION']);
  });
});
