import { describe, expect, it } from 'vitest';
import type { CertificationRow } from './data/certifications';
import type { InsuredRow } from './data/insured';
import type { PremiumRow } from './data/premiums';
import { ageReachedOn, careFindings, type CareFacts } from './findings';

const ON = '2025-10-01';

const insured = (overrides: Partial<InsuredRow> = {}): InsuredRow => ({
  atena_no: '000000019', insured_no: '0000000019', category: '第1号', acquired_on: '2020-01-01', acquisition_reason: '年齢到達', lost_on: null, loss_reason: null, ...overrides,
});
const cert = (overrides: Partial<CertificationRow> = {}): CertificationRow => ({
  atena_no: '000000019', history_no: 1, applied_on: '2025-04-01', application_kind: '新規', certified_on: '2025-05-01', level: '要介護1', valid_from: '2025-04-01', valid_to: '2026-03-31', ...overrides,
});
const premium = (overrides: Partial<PremiumRow> = {}): PremiumRow => ({
  atena_no: '000000019', fiscal_year: 2025, stage: 1, annual_amount: 21289, monthly_amount: 1774, collection_method: '普通徴収', ...overrides,
});
const facts = (overrides: Partial<CareFacts> = {}): CareFacts => ({ birthDate: '1950-05-05', insured: insured(), certifications: [], premiums: [], ...overrides });
const codes = (f: CareFacts) => careFindings(f, ON).map((x) => x.code);

describe('care findings', () => {
  it('states a valid light level as info and 要介護3+ as critical (在宅/施設)', () => {
    expect(careFindings(facts({ certifications: [cert()] }), ON)).toEqual([expect.objectContaining({ code: 'CARE_LEVEL', severity: 'info' })]);
    const severe = careFindings(facts({ certifications: [cert({ level: '要介護4' })] }), ON);
    expect(severe[0]).toMatchObject({ code: 'CARE_LEVEL_SEVERE', severity: 'critical' });
    expect(severe[0]?.message).toContain('要介護4');
    expect(codes(facts({ certifications: [cert({ level: '非該当', valid_from: null, valid_to: null })] }))).toEqual(['CARE_NOT_ELIGIBLE']);
  });

  it('asks for renewal within 60 days of the end and flags an expired certification', () => {
    const soon = careFindings(facts({ certifications: [cert({ valid_to: '2025-11-30' })] }), ON);
    expect(soon.find((f) => f.code === 'CARE_CERT_EXPIRING')).toMatchObject({ severity: 'warning', message: expect.stringContaining('残り60日') });
    expect(codes(facts({ certifications: [cert({ valid_to: '2025-12-01' })] }))).not.toContain('CARE_CERT_EXPIRING');
    const expired = careFindings(facts({ certifications: [cert({ valid_from: '2024-04-01', valid_to: '2025-09-30' })] }), ON);
    expect(expired.map((f) => [f.code, f.severity])).toEqual([['CARE_CERT_EXPIRED', 'critical']]);
  });

  it('flags a change of level in the last three months, not an older one', () => {
    const previous = cert({ history_no: 1, level: '要介護1', valid_from: '2024-08-01', valid_to: '2025-07-31' });
    const changed = cert({ history_no: 2, application_kind: '区分変更', level: '要介護2', valid_from: '2025-08-01', valid_to: '2026-01-31' });
    const found = careFindings(facts({ certifications: [changed, previous] }), ON).find((f) => f.code === 'CARE_LEVEL_CHANGED');
    expect(found?.message).toContain('要介護1→要介護2');
    expect(codes(facts({ certifications: [{ ...changed, valid_from: '2025-06-30' }, previous] }))).not.toContain('CARE_LEVEL_CHANGED');
    expect(codes(facts({ certifications: [{ ...changed, level: '要介護1' }, previous] }))).not.toContain('CARE_LEVEL_CHANGED');
  });

  it('turns a 普通徴収 第1号 premium into 介護保険料加算 and notes a withheld one', () => {
    const addition = careFindings(facts({ premiums: [premium()] }), ON);
    expect(addition).toEqual([expect.objectContaining({ code: 'CARE_PREMIUM_ADDITION', severity: 'warning' })]);
    expect(addition[0]?.message).toContain('介護保険料加算 月額1,774円');
    expect(codes(facts({ premiums: [premium({ collection_method: '特別徴収' })] }))).toEqual(['CARE_PREMIUM_WITHHELD']);
    expect(codes(facts({ insured: insured({ category: '第2号' }), birthDate: '1970-01-01', premiums: [premium()] }))).toEqual([]);
  });

  it('flags 65+ without 第1号 資格 and a 40–64 person certified without 資格', () => {
    expect(careFindings(facts({ insured: null }), ON)).toEqual([expect.objectContaining({ code: 'CARE_NOT_INSURED_65', severity: 'warning' })]);
    expect(codes(facts({ insured: insured({ lost_on: '2025-01-01', loss_reason: '転出' }) }))).toEqual(['CARE_NOT_INSURED_65']);
    expect(codes(facts({ insured: null, birthDate: '1990-01-01' }))).toEqual([]);
    expect(codes(facts({ insured: null, birthDate: '1970-01-01', certifications: [cert()] }))).toEqual(['CARE_LEVEL', 'CARE_NOT_INSURED_CERTIFIED']);
  });

  it('announces the move to 第1号 within 60 days of the 65th birthday eve', () => {
    expect(ageReachedOn('1960-11-30', 65)).toBe('2025-11-29');
    const found = careFindings(facts({ birthDate: '1960-11-30', insured: insured({ category: '第2号' }) }), ON);
    expect(found).toEqual([expect.objectContaining({ code: 'CARE_TURNING_65', message: expect.stringContaining('2025-11-29') })]);
    expect(codes(facts({ birthDate: '1961-01-01', insured: insured({ category: '第2号' }) }))).toEqual([]);
  });

  it('puts the most urgent first', () => {
    const severities = careFindings(facts({ certifications: [cert({ level: '要介護5', valid_to: '2025-10-15' })], premiums: [premium()] }), ON).map((f) => f.severity);
    expect(severities).toEqual(['critical', 'warning', 'warning']);
  });
});
