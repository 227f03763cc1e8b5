import { makeCity, makeHousehold, makePerson } from '@smart-casework/kit/city';
import { describeDepartment, findingCodes } from '@smart-casework/kit/testing';
import { expect } from 'vitest';
import { seed } from '../seed';
import { care } from './app';

const income = { salary: 0, publicPension: 0, business: 0, realEstate: 0, miscellaneous: 0 };
const recipient = makePerson({ givenName: '一郎', birthDate: '1947-02-10', healthCover: 'none', care: { level: '要介護4', certifiedOn: '2025-07-20', validFrom: '2025-07-01', validTo: '2026-06-30' } });
const pensioner = makePerson({ givenName: '二郎', birthDate: '1955-06-01', healthCover: 'kokuho', income: { ...income, publicPension: 2_000_000 } });
const worker = makePerson({ givenName: '三郎', birthDate: '1975-03-03', healthCover: 'employee' });
const young = makePerson({ givenName: '四郎', birthDate: '1995-01-01', healthCover: 'employee' });
const newcomer = makePerson({ givenName: '五郎', birthDate: '1957-04-04', healthCover: 'kokuho', residentSince: '2025-09-25', addressSince: '2025-09-25' });
const uninsured = makePerson({ givenName: '六郎', birthDate: '1970-08-08', healthCover: 'none', care: { level: '要介護1', certifiedOn: '2025-05-10', validFrom: '2025-04-15', validTo: '2025-11-14' } });

const city = makeCity([
  { household: makeHousehold([recipient], { kind: 'elderly', assistance: { caseNo: 'C0001', status: '保護中', startedOn: '2020-04-01', caseworkerId: 'cw001', monthlyBenefit: 80_000, minimumCostOfLiving: 120_000, recognisedIncome: 40_000, lastReviewedOn: '2025-04-01' } }), members: [recipient] },
  { household: makeHousehold([pensioner]), members: [pensioner] },
  { household: makeHousehold([worker, young]), members: [worker, young] },
  { household: makeHousehold([newcomer]), members: [newcomer] },
  { household: makeHousehold([uninsured], { kind: 'disabled-or-sick' }), members: [uninsured] },
]);

const SELECTION = `source sourceName hasRecord asOf insuredNo insuredCategory qualifiedOn qualificationReason disqualifiedOn
  currentCertification { level validFrom validTo certifiedOn applicationKind } certifications { historyNo level }
  premiumFiscalYear premiumStage annualPremium monthlyPremium premiumCollection premiums { fiscalYear stage annualAmount }
  findings { code severity message }`;

describeDepartment(care, { seed: (db) => seed(db, city) }, ({ test, sectionsOf, countStatements }) => {
  const sections = sectionsOf('longTermCare', SELECTION);

  test('gives a 第1号 recipient stage 1, the 加算 and the severe level', async () => {
    const [section] = await sections([recipient]);
    expect(section).toMatchObject({
      source: 'care', sourceName: '介護保険', hasRecord: true, insuredCategory: '第1号', qualifiedOn: '2012-02-09', qualificationReason: '年齢到達', disqualifiedOn: null,
      currentCertification: { level: '要介護4', validFrom: '2025-07-01', validTo: '2026-06-30', certifiedOn: '2025-07-20' },
      premiumFiscalYear: 2025, premiumStage: 1, annualPremium: 21_289, monthlyPremium: 1_774, premiumCollection: '普通徴収', premiums: [{ fiscalYear: 2025, stage: 1, annualAmount: 21_289 }],
    });
    expect(section?.insuredNo).toMatch(/^\d{10}$/);
    expect(Number.isNaN(Date.parse(String(section?.asOf)))).toBe(false);
    expect(findingCodes(section)).toEqual(expect.arrayContaining(['CARE_LEVEL_SEVERE', 'CARE_PREMIUM_ADDITION']));
  });

  test('answers several residents at once, with and without records', async () => {
    const [pension, second, none, arrived, notInsured] = await sections([pensioner, worker, young, newcomer, uninsured]);
    expect(pension).toMatchObject({ hasRecord: true, insuredCategory: '第1号', premiumStage: 6, annualPremium: 89_640, monthlyPremium: 7_470, premiumCollection: '特別徴収', currentCertification: null, certifications: [] });
    expect(findingCodes(pension)).toEqual(['CARE_PREMIUM_WITHHELD']);
    expect(second).toMatchObject({ hasRecord: true, insuredCategory: '第2号', qualifiedOn: '2015-03-02', premiumStage: null, premiums: [], findings: [] });
    expect(none).toMatchObject({ source: 'care', hasRecord: false, insuredNo: null, certifications: [], premiums: [], findings: [] });
    expect(arrived).toMatchObject({ hasRecord: false, findings: [{ code: 'CARE_NOT_INSURED_65', severity: 'warning' }] });
    expect(notInsured).toMatchObject({ hasRecord: true, insuredCategory: null, currentCertification: { level: '要介護1', validTo: '2025-11-14' } });
    expect(findingCodes(notInsured)).toEqual(['CARE_CERT_EXPIRING', 'CARE_LEVEL', 'CARE_NOT_INSURED_CERTIFIED']);
  });

  test('keeps the certification history newest first', async () => {
    const [section] = await sections([recipient]);
    // A year's validity is a renewal, so the decision before it is kept too.
    expect(section).toMatchObject({ currentCertification: { applicationKind: '更新' }, certifications: [{ historyNo: 2, level: '要介護4' }, { historyNo: 1 }] });
  });

  test('runs the same number of statements for one resident as for six', async () => {
    const one = await countStatements(() => sections([recipient]));
    const six = await countStatements(() => sections([recipient, pensioner, worker, young, newcomer, uninsured]));
    expect(six).toBe(one);
    expect(one).toBeGreaterThan(0);
    expect(one).toBeLessThanOrEqual(4);
  });
});
