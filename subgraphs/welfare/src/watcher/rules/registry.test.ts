import { describe, expect, it } from 'vitest';
import type { RegistryRaw } from '../query';
import { arrivalChange, departureChange, registryFacts } from './registry';
import { ctx } from './test-context';

const HOUSEHOLD = '10000019';

function person(overrides: Partial<RegistryRaw> = {}): RegistryRaw {
  return { atenaNo: '20000014', name: '山田 花子', birthDate: '1985-06-15', status: '住民', relationship: '世帯主', householdNo: HOUSEHOLD, changes: [{ historyNo: 1, reason: '転入', changeDate: '2010-04-01', householdNoBefore: null }], ...overrides };
}

const withChange = (reason: string, changeDate: string, overrides: Partial<RegistryRaw> = {}) =>
  person({ ...overrides, changes: [{ historyNo: 2, reason, changeDate, householdNoBefore: null }, ...person().changes] });

describe('registry rules', () => {
  it('takes the newest change as the way a person came or went', () => {
    expect(registryFacts(withChange('転居', '2024-01-10')).lastChange).toEqual({ reason: '転居', changeDate: '2024-01-10' });
  });

  it('死亡: a member who died, dated by the registry', () => {
    const change = departureChange(registryFacts(person()), registryFacts(withChange('死亡', '2025-09-20', { status: '死亡' })), HOUSEHOLD, ctx);
    expect(change).toMatchObject({ kind: '死亡', effectiveDate: '2025-09-20', estimatedMonthlyImpact: null, summary: '世帯員 山田 花子 が死亡（2025-09-20）' });
  });

  it('世帯員転出: a member who moved out of the city', () => {
    const change = departureChange(registryFacts(person()), registryFacts(withChange('転出', '2025-09-25', { status: '転出' })), HOUSEHOLD, ctx);
    expect(change).toMatchObject({ kind: '世帯員転出', effectiveDate: '2025-09-25', summary: '世帯員 山田 花子 が転出により世帯を離れました（2025-09-25）' });
    expect(change.after).toMatchObject({ status: '転出' });
  });

  it('世帯員転出: a member who moved to another household (世帯分離) names it', () => {
    const change = departureChange(registryFacts(person()), registryFacts(withChange('世帯分離', '2025-09-01', { householdNo: '30000010' })), HOUSEHOLD, ctx);
    expect(change).toMatchObject({ kind: '世帯員転出', summary: '世帯員 山田 花子 が世帯分離により世帯を離れました（2025-09-01、世帯番号 30000010 へ）' });
  });

  it('世帯員転出 with 事由不明 when the registry does not know the person any more', () => {
    expect(departureChange(registryFacts(person()), null, HOUSEHOLD, ctx)).toMatchObject({ kind: '世帯員転出', effectiveDate: null, summary: '世帯員 山田 花子 が世帯を離れました（事由不明）' });
  });

  it('出生: a child born into the household', () => {
    const baby = person({ name: '山田 光', birthDate: '2025-09-10', relationship: '子', changes: [{ historyNo: 1, reason: '出生', changeDate: '2025-09-10', householdNoBefore: null }] });
    const change = arrivalChange(registryFacts(baby), { ...ctx, name: baby.name });
    expect(change).toMatchObject({ kind: '出生', effectiveDate: '2025-09-10', before: null, summary: '山田 光（子）が出生により世帯に加わりました（2025-09-10）' });
  });

  it('世帯員転入: a person who moved in', () => {
    const partner = person({ name: '鈴木 一郎', birthDate: '1980-01-01', relationship: '同居人', changes: [{ historyNo: 1, reason: '転入', changeDate: '2025-09-15', householdNoBefore: null }] });
    const change = arrivalChange(registryFacts(partner), { ...ctx, name: partner.name });
    expect(change).toMatchObject({ kind: '世帯員転入', effectiveDate: '2025-09-15', summary: '鈴木 一郎（同居人、1980-01-01生）が転入により世帯に加わりました（2025-09-15）' });
  });
});
