import { describe, expect, it } from 'vitest';
import type { AllowanceRow } from './data/allowances';
import type { CertificateRow } from './data/certificates';
import type { ServiceRow } from './data/services';
import { disabilityFindings, type DisabilityFacts } from './findings';
import { gradeColumn } from './parameters';

const ON = '2025-10-01';

const cert = (overrides: Partial<CertificateRow> = {}): CertificateRow => ({
  atena_no: '000000019', kind: '身体', certificate_no: '10000001', grade: '1級', impairment: '肢体不自由', impairment_group: '肢体不自由',
  first_issued_on: '2010-05-01', issued_on: '2010-05-01', reassess_on: null, valid_until: null, ...overrides,
});
const mental = (overrides: Partial<CertificateRow> = {}) => cert({ kind: '精神', grade: '2級', impairment: null, impairment_group: null, valid_until: '2026-06-30', ...overrides });
const service = (overrides: Partial<ServiceRow> = {}): ServiceRow => ({
  atena_no: '000000019', service_kind: '居宅介護', granted_from: '2025-04-01', granted_to: '2026-03-31', granted_quantity: '月30時間', support_level: '区分4', copay_cap: 0, ...overrides,
});
const allowance = (overrides: Partial<AllowanceRow> = {}): AllowanceRow => ({
  atena_no: '000000019', kind: '特別障害者手当', monthly_amount: 29_590, certified_on: '2020-06-01', paid_from: '2020-07-01', status: '支給中', ...overrides,
});
// A child by default, so that the adult-only claim rules stay quiet unless a test asks for them.
const facts = (overrides: Partial<DisabilityFacts> = {}): DisabilityFacts => ({ birthDate: '2015-01-01', certificates: [], services: [], allowances: [], gradeColumn: '2級地', ...overrides });
const find = (f: DisabilityFacts, code: string) => disabilityFindings(f, ON).find((x) => x.code === code);
const codes = (f: DisabilityFacts) => disabilityFindings(f, ON).map((x) => x.code);

describe('disability findings', () => {
  it('names the 障害者加算 tier and amount of the city 級地', () => {
    expect(find(facts({ certificates: [cert({ grade: '2級' })] }), 'DISABILITY_ADDITION')?.message).toContain('24,940円（2級地）');
    expect(find(facts({ certificates: [cert({ grade: '3級' })] }), 'DISABILITY_ADDITION')?.message).toContain('16,620円');
    expect(find(facts({ certificates: [cert({ grade: '3級' })], gradeColumn: '1級地' }), 'DISABILITY_ADDITION')?.message).toContain('17,870円');
    expect(find(facts({ certificates: [cert({ grade: '4級' })] }), 'DISABILITY_ADDITION')).toBeUndefined();
    expect(gradeColumn('2級地-1')).toBe('2級地');
    expect(gradeColumn(null)).toBe('2級地');
  });

  it('treats 精神 1級 as the higher tier and 2級 as the lower, marked as practice, and takes the best certificate', () => {
    expect(find(facts({ certificates: [mental({ grade: '1級' })] }), 'DISABILITY_ADDITION')?.message).toContain('24,940円');
    const lower = find(facts({ certificates: [mental()] }), 'DISABILITY_ADDITION');
    expect(lower).toMatchObject({ severity: 'warning', message: expect.stringContaining('16,620円') });
    expect(lower?.message).toContain('運用');
    expect(find(facts({ certificates: [mental(), cert({ grade: '2級' })] }), 'DISABILITY_ADDITION')?.message).toContain('身体障害者手帳2級');
    expect(find(facts({ certificates: [mental({ grade: '3級' })] }), 'DISABILITY_ADDITION')).toBeUndefined();
  });

  it('asks for renewal of a 精神手帳 within 90 days and flags an expired one (critical when it grounds a 加算)', () => {
    expect(find(facts({ certificates: [mental({ valid_until: '2025-12-30' })] }), 'DISABILITY_CERT_EXPIRING')?.message).toContain('残り90日');
    expect(find(facts({ certificates: [mental({ valid_until: '2025-12-31' })] }), 'DISABILITY_CERT_EXPIRING')).toBeUndefined();
    const expired = facts({ certificates: [mental({ valid_until: '2025-09-30' })] });
    expect(find(expired, 'DISABILITY_CERT_EXPIRED')?.severity).toBe('critical');
    expect(find(expired, 'DISABILITY_ADDITION')).toBeUndefined();
    expect(find(facts({ certificates: [mental({ grade: '3級', valid_until: '2025-09-30' })] }), 'DISABILITY_CERT_EXPIRED')?.severity).toBe('warning');
  });

  it('points an adult with a heavy grade to 障害基礎年金 and an unclaimed 特別障害者手当 (他法優先)', () => {
    const adult = facts({ birthDate: '1980-01-01', certificates: [cert()] });
    expect(find(adult, 'DISABILITY_PENSION_CLAIM')?.severity).toBe('warning');
    expect(find(adult, 'DISABILITY_ALLOWANCE_CLAIM')?.message).toContain('特別障害者手当（月額29,590円）');
    expect(find({ ...adult, allowances: [allowance()] }, 'DISABILITY_ALLOWANCE_CLAIM')).toBeUndefined();
    expect(codes(facts({ birthDate: '1980-01-01', certificates: [cert({ grade: '2級' })] }))).not.toContain('DISABILITY_ALLOWANCE_CLAIM');
    expect(find(facts({ certificates: [cert({ grade: '2級' })] }), 'DISABILITY_ALLOWANCE_CLAIM')?.message).toContain('障害児福祉手当（月額16,100円）');
    expect(find(facts({ certificates: [cert()] }), 'DISABILITY_PENSION_CLAIM')).toBeUndefined();
    expect(find(facts({ birthDate: '1955-01-01', certificates: [cert()] }), 'DISABILITY_PENSION_CLAIM')).toBeUndefined();
  });

  it('recognises a paid allowance as income, not a stopped one', () => {
    const income = find(facts({ allowances: [allowance()] }), 'DISABILITY_ALLOWANCE_INCOME');
    expect(income).toMatchObject({ severity: 'critical', message: expect.stringContaining('特別障害者手当 月額29,590円') });
    expect(find(facts({ allowances: [allowance({ status: '支給停止' })] }), 'DISABILITY_ALLOWANCE_INCOME')).toBeUndefined();
  });

  it('reminds that 介護保険 comes first from 65 for services in use', () => {
    expect(find(facts({ birthDate: '1955-01-01', services: [service()] }), 'DISABILITY_CARE_INSURANCE_FIRST')?.message).toContain('居宅介護');
    expect(find(facts({ birthDate: '1970-01-01', services: [service()] }), 'DISABILITY_CARE_INSURANCE_FIRST')).toBeUndefined();
    expect(find(facts({ birthDate: '1955-01-01', services: [service({ granted_to: '2025-09-30' })] }), 'DISABILITY_CARE_INSURANCE_FIRST')).toBeUndefined();
    expect(find(facts({ birthDate: '1955-01-01', services: [service({ service_kind: '就労継続支援B型' })] }), 'DISABILITY_CARE_INSURANCE_FIRST')).toBeUndefined();
  });

  it('notes a 再認定 within 90 days and puts the most urgent first', () => {
    expect(codes(facts({ certificates: [cert({ kind: '療育', grade: 'B', reassess_on: '2025-12-01' })] }))).toEqual(['DISABILITY_REASSESSMENT_DUE']);
    const severities = disabilityFindings(facts({ certificates: [cert()], allowances: [allowance({ kind: '障害児福祉手当', monthly_amount: 16_100 })] }), ON).map((f) => f.severity);
    expect(severities).toEqual(['critical', 'warning']);
  });
});
