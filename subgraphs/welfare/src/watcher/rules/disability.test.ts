import { describe, expect, it } from 'vitest';
import type { DisabilityRaw } from '../query';
import { disabilityFacts, disabilityRule } from './disability';
import { ctx } from './test-context';

type Certificate = DisabilityRaw['certificates'][number];
const physical = (grade: string, issuedOn = '2019-07-01'): Certificate => ({ kind: '身体', certificateNo: 'P-0001', grade, issuedOn });
const record = (...certificates: Certificate[]): DisabilityRaw => ({ hasRecord: certificates.length > 0, certificates, allowances: [] });
const run = (before: DisabilityRaw, after: DisabilityRaw) => disabilityRule(disabilityFacts(before), disabilityFacts(after), ctx);

describe('disability rules', () => {
  it('障害等級変更: 3級 → 2級 raises 障害者加算 (2級地: 16,620円 → 24,940円)', () => {
    const [change] = run(record(physical('3級')), record(physical('2級', '2025-09-10')));
    expect(change).toMatchObject({ kind: '障害等級変更', effectiveDate: '2025-09-10', estimatedMonthlyImpact: 8_320, summary: '山田 花子 の身体障害者手帳が 3級 → 2級 に変更（2025-09-10）、障害者加算 16,620円 → 24,940円' });
  });

  it('障害等級変更: a grade outside 障害者加算 changes no amount', () => {
    expect(run(record(physical('4級')), record(physical('5級')))[0]).toMatchObject({ kind: '障害等級変更', estimatedMonthlyImpact: null });
  });

  it('障害等級変更: a new 精神 certificate, the 加算 told once', () => {
    const changes = run(record(physical('4級')), record(physical('4級'), { kind: '精神', certificateNo: 'M-1', grade: '1級', issuedOn: '2025-09-01' }));
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({ estimatedMonthlyImpact: 24_940, subject: 'certificate:精神' });
  });

  it('nothing when the certificate is only reissued at the same grade', () => {
    expect(run(record(physical('3級')), record(physical('3級', '2025-09-01')))).toEqual([]);
  });
});
