import { makeCity, makeHousehold, makePerson } from '@smart-casework/kit/city';
import { describeDepartment, findingCodes } from '@smart-casework/kit/testing';
import { expect } from 'vitest';
import { seed } from '../seed';
import { tax } from './app';

const income = { salary: 0, publicPension: 0, business: 0, realEstate: 0, miscellaneous: 0 };
const taxpayer = makePerson({
  birthDate: '1975-05-05',
  income: { ...income, salary: 3_000_000 },
  land: [{ location: '試験市中央一丁目', lotNo: '12番3', landUse: '宅地', areaSqm: 150.5, assessedValue: 6_000_000 }],
  buildings: [{ location: '試験市中央一丁目', buildingNo: '12番3', kind: '居宅', structure: '木造', floorAreaSqm: 92.3, builtYear: 1998, assessedValue: 2_400_000 }],
  vehicles: [{ kind: '軽四輪乗用 自家用', plate: '試験580あ1234', registeredOn: '2019-04-01', annualTax: 10_800 }],
});
const child = makePerson({ relationship: '子', birthDate: '2015-03-02', dependantOf: taxpayer.atenaNo });
const mother = makePerson({ birthDate: '1945-02-01', sex: '女', income: { ...income, publicPension: 800_000 }, dependantOf: taxpayer.atenaNo });
const nobody = makePerson({ birthDate: '1990-01-01' });
const pensioner = makePerson({ birthDate: '1955-06-01', income: { ...income, publicPension: 1_500_000 } });
const partTimer = makePerson({ birthDate: '1985-06-01', income: { ...income, salary: 1_000_000 } });
const assistance = { caseNo: 'C0001', status: '保護中' as const, startedOn: '2020-04-01', caseworkerId: 'cw001', monthlyBenefit: 70_000, minimumCostOfLiving: 120_000, recognisedIncome: 50_000, lastReviewedOn: '2025-04-01' };
const city = makeCity([
  { household: makeHousehold([taxpayer, child], { kind: 'couple-with-children' }), members: [taxpayer, child] },
  { household: makeHousehold([mother], { kind: 'elderly', assistance }), members: [mother] },
  { household: makeHousehold([nobody]), members: [nobody] },
  { household: makeHousehold([pensioner], { kind: 'elderly' }), members: [pensioner] },
  { household: makeHousehold([partTimer]), members: [partTimer] },
]);
const everyone = [taxpayer, child, mother, nobody, pensioner, partTimer];

const SECTION = `
  source sourceName hasRecord asOf fiscalYear incomeYear taxStatus exemptReason incomeLevy perCapitaLevy totalIncome dependantCount
  incomes { kind revenue income }
  dependants { atenaNo } claimedBy { atenaNo } claimedFromOutsideHousehold
  lands { location lotNo landUse areaSqm assessedValue taxableStandard housingLandRelief }
  buildings { location buildingNo kind structure floorAreaSqm builtYear assessedValue }
  lightVehicles { kind plate registeredOn annualTax }
  findings { code severity message }`;

describeDepartment(tax, { seed: (db) => seed(db, city) }, ({ test, sectionsOf, countStatements }) => {
  const sections = sectionsOf('tax', SECTION);

  test('assesses a taxpayer from income, dependants and assets', async () => {
    const [section] = await sections([taxpayer]);
    expect(section).toMatchObject({
      source: 'tax',
      sourceName: '税務（住民税・固定資産税・軽自動車税）',
      hasRecord: true,
      fiscalYear: 2025,
      incomeYear: 2024,
      taxStatus: '課税',
      exemptReason: null,
      // 3,000,000 − 給与所得控除 980,000; (2,020,000 − 430,000 − 330,000) × 10% − 2,500
      totalIncome: 2_020_000,
      incomeLevy: 123_500,
      perCapitaLevy: 5_000,
      dependantCount: 2,
      incomes: [{ kind: '給与', revenue: 3_000_000, income: 2_020_000 }],
      claimedBy: null,
      claimedFromOutsideHousehold: null,
      lands: [{ location: '試験市中央一丁目', lotNo: '12番3', landUse: '宅地', areaSqm: 150.5, assessedValue: 6_000_000, taxableStandard: 1_000_000, housingLandRelief: '小規模住宅用地' }],
      buildings: [{ buildingNo: '12番3', kind: '居宅', structure: '木造', floorAreaSqm: 92.3, builtYear: 1998, assessedValue: 2_400_000 }],
      lightVehicles: [{ kind: '軽四輪乗用 自家用', plate: '試験580あ1234', registeredOn: '2019-04-01', annualTax: 10_800 }],
    });
    expect(section?.dependants).toEqual(expect.arrayContaining([{ atenaNo: child.atenaNo }, { atenaNo: mother.atenaNo }]));
    expect(new Date(String(section?.asOf)).getTime()).toBeGreaterThan(0);
    expect(findingCodes(section)).toEqual(['TAX_TAXABLE', 'TAX_INCOME_SALARY', 'TAX_LAND', 'TAX_BUILDING', 'TAX_LIGHT_VEHICLE', 'TAX_SUPPORTS_OUTSIDE_HOUSEHOLD']);
  });

  test('answers for several residents at once, in order, with hasRecord false where nothing is held', async () => {
    const [ofTaxpayer, ofChild, ofMother, ofNobody, ofPensioner, ofPartTimer] = await sections(everyone);
    expect(ofTaxpayer?.taxStatus).toBe('課税');
    expect(ofChild).toMatchObject({ hasRecord: true, taxStatus: null, claimedBy: { atenaNo: taxpayer.atenaNo }, claimedFromOutsideHousehold: false, findings: [] });
    expect(ofMother).toMatchObject({ hasRecord: true, taxStatus: '非課税', exemptReason: '生活扶助', incomeLevy: 0, perCapitaLevy: 0, claimedBy: { atenaNo: taxpayer.atenaNo }, claimedFromOutsideHousehold: true });
    expect(findingCodes(ofMother)).toEqual(['TAX_INCOME_PUBLIC_PENSION', 'TAX_CLAIMED_BY_OUTSIDE_HOUSEHOLD']);
    expect(ofNobody).toEqual({
      source: 'tax', sourceName: '税務（住民税・固定資産税・軽自動車税）', hasRecord: false, asOf: ofTaxpayer?.asOf, fiscalYear: 2025, incomeYear: 2024,
      taxStatus: null, exemptReason: null, incomeLevy: null, perCapitaLevy: null, totalIncome: null, dependantCount: null,
      incomes: [], dependants: [], claimedBy: null, claimedFromOutsideHousehold: null, lands: [], buildings: [], lightVehicles: [], findings: [],
    });
    // 1,500,000 − 公的年金等控除 1,100,000 = 400,000 ≤ 2級地 均等割 limit 415,000
    expect(ofPensioner).toMatchObject({ taxStatus: '非課税', exemptReason: '非課税限度額以下', totalIncome: 400_000 });
    // 1,000,000 − 550,000 = 450,000: above 415,000, not above the 所得割 limit 450,000
    expect(ofPartTimer).toMatchObject({ taxStatus: '均等割のみ', exemptReason: null, totalIncome: 450_000, incomeLevy: 0, perCapitaLevy: 5_000 });
    expect(findingCodes(ofPartTimer)).toEqual(['TAX_INCOME_SALARY', 'TAX_PER_CAPITA_ONLY']);
  });

  test('runs the same statements for one resident as for six', async () => {
    const one = await countStatements(() => sections([taxpayer]));
    const six = await countStatements(() => sections(everyone));
    expect(six).toBe(one);
    expect(one).toBeLessThanOrEqual(7);
  });
});
