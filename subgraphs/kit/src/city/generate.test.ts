import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ageOn, endOfHighSchoolYears } from '../dates';
import { isValidRegistryNumber } from '../numbers';
import { applicationCount, childAllowanceAmount, generateCity, PLANTED_KINDS, type City, type CityHousehold, type CityPerson } from './index';

const RELATIONSHIPS = new Set(['世帯主', '妻', '夫', '子', '父', '母', '子の妻', '子の子', '縁故者', '同居人']);
const DISPLAY_RANK: Record<string, number> = { 世帯主: 0, 妻: 1, 夫: 1, 子: 2, 子の妻: 3, 子の子: 4, 父: 5, 母: 5, 縁故者: 6, 同居人: 7 };

const hash = (city: City) => createHash('sha256').update(JSON.stringify(city)).digest('hex');
const share = <T>(items: readonly T[], test: (item: T) => boolean) => items.filter(test).length / items.length;

const city = generateCity({ residents: 20_000, seed: 42 });
const byAtena = new Map(city.persons.map((p) => [p.atenaNo, p]));
const members = (h: CityHousehold): CityPerson[] => h.memberAtenaNos.map((a) => byAtena.get(a) as CityPerson);
const cases = city.households.filter((h) => h.assistance);
const ref = city.referenceDate;

describe('generateCity', () => {
  it('is deterministic: the same options give the same city, another seed another', () => {
    const a = generateCity({ residents: 1_000, seed: 7 });
    expect(hash(generateCity({ residents: 1_000, seed: 7 }))).toBe(hash(a));
    expect(hash(generateCity({ residents: 1_000, seed: 8 }))).not.toBe(hash(a));
    expect(a.referenceDate).toBe('2025-10-01');
  });

  it('has exactly the residents asked for, with valid and unique registry numbers', () => {
    expect(city.persons).toHaveLength(20_000);
    expect(new Set(city.persons.map((p) => p.atenaNo)).size).toBe(20_000);
    expect(new Set(city.households.map((h) => h.householdNo)).size).toBe(city.households.length);
    for (const p of city.persons) expect(isValidRegistryNumber(p.atenaNo), p.atenaNo).toBe(true);
    for (const h of city.households) expect(isValidRegistryNumber(h.householdNo), h.householdNo).toBe(true);
    expect(city.persons[0]?.atenaNo).toHaveLength(10);
    expect(city.households[0]?.householdNo).toHaveLength(9);
  });

  it('has census-like household sizes and a 2025-like age structure', () => {
    const sizes = city.households.map((h) => h.memberAtenaNos.length);
    expect(city.households.length / city.persons.length).toBeGreaterThan(0.42);
    expect(city.households.length / city.persons.length).toBeLessThan(0.5);
    expect(share(sizes, (s) => s === 1)).toBeCloseTo(0.39, 1);
    expect(share(sizes, (s) => s === 2)).toBeCloseTo(0.28, 1);
    expect(share(sizes, (s) => s === 3)).toBeCloseTo(0.16, 1);
    expect(share(sizes, (s) => s === 4)).toBeCloseTo(0.12, 1);
    expect(share(sizes, (s) => s >= 5)).toBeCloseTo(0.06, 1);
    const ages = city.persons.map((p) => ageOn(p.birthDate, ref));
    expect(share(ages, (a) => a < 15)).toBeCloseTo(0.11, 1);
    expect(share(ages, (a) => a >= 15 && a < 65)).toBeCloseTo(0.59, 1);
    expect(share(ages, (a) => a >= 65)).toBeCloseTo(0.29, 1);
  });

  it('puts about 1.6% of residents on assistance, in the national mix of household kinds', () => {
    const recipients = cases.reduce((sum, h) => sum + h.memberAtenaNos.length, 0);
    expect(recipients / city.persons.length).toBeGreaterThanOrEqual(0.013);
    expect(recipients / city.persons.length).toBeLessThanOrEqual(0.019);
    expect(share(cases, (h) => h.kind === 'elderly')).toBeCloseTo(0.55, 1);
    expect(share(cases, (h) => h.kind === 'disabled-or-sick')).toBeCloseTo(0.25, 1);
    expect(share(cases, (h) => h.kind === 'other')).toBeCloseTo(0.16, 1);
    expect(share(cases, (h) => h.kind === 'single-parent')).toBeGreaterThan(0.02);
    expect(share(cases, (h) => h.memberAtenaNos.length === 1)).toBeGreaterThan(0.75);
  });

  it('keeps households consistent: members, 続柄 and display order', () => {
    for (const h of city.households) {
      const people = members(h);
      expect(people.every((p) => p.householdNo === h.householdNo)).toBe(true);
      expect(people[0]?.atenaNo).toBe(h.headAtenaNo);
      const ranks = people.map((p) => DISPLAY_RANK[p.relationship] ?? 99);
      expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
      const children = people.filter((p) => p.relationship === '子').map((p) => p.birthDate);
      expect(children).toEqual([...children].sort());
    }
    for (const p of city.persons) expect(RELATIONSHIPS.has(p.relationship), p.relationship).toBe(true);
    for (const p of city.persons.filter((x) => x.dependantOf)) expect(byAtena.get(p.dependantOf ?? '')?.householdNo).toBe(p.householdNo);
  });

  it('never dates anything after the reference day, and registry dates in order', () => {
    for (const p of city.persons) {
      expect(p.birthDate <= p.residentSince && p.residentSince <= p.addressSince && p.addressSince <= ref, p.atenaNo).toBe(true);
      const events = [p.healthCoverSince, p.pension?.startedOn, p.care?.certifiedOn, p.care?.validFrom, p.disability?.issuedOn, ...p.vehicles.map((v) => v.registeredOn)];
      for (const date of events) if (date) expect(date <= ref && date >= p.birthDate, `${p.atenaNo} ${date}`).toBe(true);
      if (p.care) expect(p.care.validTo >= ref).toBe(true);
    }
    for (const h of city.households) {
      for (const a of h.allowances) expect(a.certifiedOn <= ref && h.memberAtenaNos.includes(a.recipientAtenaNo)).toBe(true);
      if (h.assistance) expect(h.assistance.startedOn <= h.assistance.lastReviewedOn && h.assistance.lastReviewedOn <= ref).toBe(true);
    }
  });

  it('gives recipients 医療扶助 instead of health insurance, except the planted cases', () => {
    for (const h of cases.filter((x) => x.assistance?.status === '保護中')) {
      for (const p of members(h)) {
        const planted = p.planted.includes('kokuho-not-ended') || p.planted.includes('employee-insurance');
        if (!planted) expect(p.healthCover, p.atenaNo).toBe('none');
        if (p.pensionCategory === '第1号') expect(p.pensionExemption).toBe('法定免除');
      }
      for (const p of members(h).filter((x) => x.planted.length === 0)) {
        expect(p.vehicles.length + p.land.length + p.buildings.length, p.atenaNo).toBe(0);
        if (ageOn(p.birthDate, ref) >= 66) expect(p.pension, p.atenaNo).not.toBeNull();
      }
      const a = h.assistance;
      expect(a?.monthlyBenefit).toBe(Math.max(0, (a?.minimumCostOfLiving ?? 0) - (a?.recognisedIncome ?? 0)));
      expect(a?.monthlyBenefit).toBeGreaterThan(0);
    }
    const insured = city.persons.filter((p) => p.healthCover !== 'none');
    expect(insured.filter((p) => ageOn(p.birthDate, ref) >= 75).every((p) => p.healthCover === 'koki')).toBe(true);
  });

  it('gives every caseworker a caseload and cw001 every planted kind', () => {
    const caseworkers = city.staff.filter((s) => s.role === 'caseworker').map((s) => s.staffId);
    expect(caseworkers).toHaveLength(20);
    const loads = caseworkers.map((id) => cases.filter((h) => h.assistance?.caseworkerId === id).length);
    expect(Math.min(...loads)).toBeGreaterThan(0);
    expect(Math.max(...loads) - Math.min(...loads)).toBeLessThanOrEqual(1);
    expect(plantedKinds(city, 'cw001')).toEqual(new Set(PLANTED_KINDS));
    const planted = members(cases.find((h) => members(h).some((p) => p.planted.includes('undeclared-income'))) as CityHousehold);
    const person = planted.find((p) => p.planted.includes('undeclared-income'));
    const household = cases.find((h) => h.householdNo === person?.householdNo);
    expect(person?.income.salary).toBeGreaterThan(12 * (household?.assistance?.recognisedIncome ?? 0) + 500_000);
  });

  it('opens applications in proportion: 40 at 150,000, at least 2 (for cw001) in a small city', () => {
    expect(applicationCount(150_000)).toBe(40);
    expect(applicationCount(20_000)).toBe(5);
    const small = generateCity({ residents: 200, seed: 3 });
    expect(small.persons).toHaveLength(200);
    const applications = small.households.filter((h) => h.application);
    expect(applications).toHaveLength(applicationCount(200));
    expect(applications.filter((h) => h.application?.caseworkerId === 'cw001').length).toBeGreaterThanOrEqual(2);
    expect(applications.every((h) => !h.assistance)).toBe(true);
    expect(plantedKinds(small, 'cw001')).toEqual(new Set(PLANTED_KINDS));
  });

  it('pays child allowances by the DOMAIN.md tables', () => {
    expect(childAllowanceAmount(['2024-01-01'], ref)).toBe(15_000);
    expect(childAllowanceAmount(['2004-05-01', '2015-05-01', '2023-05-01'], ref)).toBe(40_000);
    const allowances = city.households.flatMap((h) => h.allowances);
    for (const a of allowances.filter((x) => x.program === '児童手当')) {
      expect(a.monthlyAmount).toBe(childAllowanceAmount(a.childAtenaNos.map((c) => byAtena.get(c)?.birthDate ?? ''), ref));
    }
    for (const a of allowances.filter((x) => x.program === '児童扶養手当')) {
      const n = a.childAtenaNos.length;
      expect(a.childAtenaNos.every((c) => endOfHighSchoolYears(byAtena.get(c)?.birthDate ?? '') >= ref)).toBe(true);
      if (a.payment === '全部支給') expect(a.monthlyAmount).toBe(46_690 + 11_030 * (n - 1));
      else {
        expect(a.monthlyAmount % 10).toBe(0);
        expect(a.monthlyAmount).toBeGreaterThanOrEqual(11_010 + 5_520 * (n - 1));
        expect(a.monthlyAmount).toBeLessThanOrEqual(46_680 + 11_020 * (n - 1));
      }
    }
    const special = allowances.filter((x) => x.program === '特別児童扶養手当');
    expect(special.length).toBeGreaterThan(0);
    for (const a of special) {
      const grades = a.childAtenaNos.map((c) => byAtena.get(c)?.disability?.grade ?? '');
      expect(a.monthlyAmount).toBe(grades.reduce((sum, g) => sum + (['1級', '2級', 'A'].includes(g) ? 56_800 : 37_830), 0));
    }
    const singleParentCases = cases.filter((h) => h.kind === 'single-parent');
    expect(singleParentCases.every((h) => h.allowances.some((a) => a.program === '児童扶養手当') && h.allowances.some((a) => a.program === '児童手当'))).toBe(true);
  });
});

function plantedKinds(c: City, caseworkerId: string): Set<string> {
  const persons = new Map(c.persons.map((p) => [p.householdNo, [] as CityPerson[]]));
  for (const p of c.persons) persons.get(p.householdNo)?.push(p);
  const mine = c.households.filter((h) => h.assistance?.caseworkerId === caseworkerId);
  return new Set(mine.flatMap((h) => (persons.get(h.householdNo) ?? []).flatMap((p) => p.planted)));
}
