import { makePerson } from '@smart-casework/kit/city';
import { describe, expect, it } from 'vitest';
import { effectiveOn } from '@smart-casework/kit';
import { ADDITIONS } from '../src/parameters';
import { benefitBreakdown, disabilityAddition, isHighSchoolAgeOrYounger } from './breakdown';

const ON = '2025-10-01';
const sum = (lines: { amount: number }[]) => lines.reduce((total, line) => total + line.amount, 0);

describe('benefit breakdown', () => {
  it('counts children to the 31 March after turning 18', () => {
    expect(isHighSchoolAgeOrYounger('2007-04-02', ON)).toBe(true);
    expect(isHighSchoolAgeOrYounger('2007-03-31', ON)).toBe(false);
    expect(isHighSchoolAgeOrYounger('2007-03-31', '2025-03-31')).toBe(true);
    // 年齢計算ニ関スル法律: born on 1 April, 18 is attained on 31 March, in the earlier school year.
    expect(isHighSchoolAgeOrYounger('2007-04-01', ON)).toBe(false);
  });

  it('gives a single parent with two children 母子加算 and 児童養育加算 at 2級地 amounts, adding up to the minimum', () => {
    const members = [makePerson({ birthDate: '1985-01-01' }), makePerson({ birthDate: '2012-05-05' }), makePerson({ birthDate: '2016-08-08' })];
    const lines = benefitBreakdown({ grade: '2級地-1', on: ON, kind: 'single-parent', members, minimumCostOfLiving: 230_000 });
    expect(lines).toEqual([
      { kind: '生活扶助', amount: 230_000 - 58_000 - 21_800 - 20_380, note: null },
      { kind: '住宅扶助', amount: 58_000, note: '3人世帯' },
      { kind: '母子加算', amount: 21_800, note: '児童2人' },
      { kind: '児童養育加算', amount: 20_380, note: '児童2人' },
    ]);
  });

  it('applies the higher of 障害者加算 and 母子加算 to the same parent, and no housing for an owned home', () => {
    const parent = makePerson({ surname: '山田', givenName: '花子', disability: { kind: '身体', grade: '2級', category: '肢体不自由', issuedOn: '2015-01-01' }, buildings: [{ location: '試験市', buildingNo: '1', kind: '居宅', structure: '木造', floorAreaSqm: 60, builtYear: 1980, assessedValue: 1_000_000 }] });
    const lines = benefitBreakdown({ grade: '3級地-1', on: ON, kind: 'single-parent', members: [parent, makePerson({ birthDate: '2015-01-01' })], minimumCostOfLiving: 150_000 });
    expect(lines.map((l) => l.kind)).toEqual(['生活扶助', '障害者加算', '児童養育加算']);
    expect(lines[1]).toEqual({ kind: '障害者加算', amount: 23_060, note: '山田\u3000花子' });
    expect(sum(lines)).toBe(150_000);
  });

  it('grades 障害者加算 by certificate kind and disability pension', () => {
    const amounts = { '身体 1級': 24_940, '身体 3級': 16_620, '身体 4級': 0, '精神 1級': 24_940, '精神 2級': 16_620, '精神 3級': 0 } as const;
    for (const [label, expected] of Object.entries(amounts)) {
      const [kind, grade] = label.split(' ') as ['身体' | '精神', string];
      const person = makePerson({ disability: { kind, grade, category: null, issuedOn: '2015-01-01' } });
      expect(disabilityAddition(person, effectiveOn(ADDITIONS, ON).byClass['2級地']), label).toBe(expected);
    }
    const pensioner = makePerson({ pension: { kind: '障害基礎年金', grade: 2, annualAmount: 831_700, startedOn: '2015-01-01' } });
    expect(disabilityAddition(pensioner, effectiveOn(ADDITIONS, ON).byClass['2級地'])).toBe(16_620);
  });

  it('cuts lines to the recorded minimum rather than exceed it', () => {
    const lines = benefitBreakdown({ grade: '1級地-1', on: ON, kind: 'single', members: [makePerson()], minimumCostOfLiving: 40_000 });
    expect(lines).toEqual([{ kind: '生活扶助', amount: 0, note: null }, { kind: '住宅扶助', amount: 40_000, note: '1人世帯' }]);
  });
});
