import { withCheckDigit } from '@smart-casework/kit';
import { makeCity, makeHousehold, makePerson, type CityPerson } from '@smart-casework/kit/city';
import { describeDepartment, findingCodes } from '@smart-casework/kit/testing';
import { expect } from 'vitest';
import { seed } from '../seed';
import { disability } from './app';

// atenaNos chosen for their last body digit, which the seed uses to vary services, renewals and claims.
const person = (serial: number, overrides: Partial<CityPerson>) => makePerson({ atenaNo: withCheckDigit(serial, 9), ...overrides });
const physical = person(910_002, { birthDate: '1980-02-02', disability: { kind: '身体', grade: '1級', category: '肢体不自由', issuedOn: '2012-04-10' } });
const lapsed = person(910_017, { birthDate: '1985-05-05', disability: { kind: '精神', grade: '2級', category: null, issuedOn: '2019-03-15' } });
const child = person(910_023, { birthDate: '2015-06-01', relationship: '子', disability: { kind: '療育', grade: 'A', category: null, issuedOn: '2018-09-01' } });
const none = person(910_034, { birthDate: '1990-01-01' });
const elder = person(910_048, {
  birthDate: '1950-03-03',
  income: { salary: 0, publicPension: 4_000_000, business: 0, realEstate: 0, miscellaneous: 0 },
  disability: { kind: '精神', grade: '1級', category: null, issuedOn: '2023-11-20' },
});

const assistance = { caseNo: 'C0002', status: '保護中' as const, startedOn: '2021-04-01', caseworkerId: 'cw001', monthlyBenefit: 90_000, minimumCostOfLiving: 130_000, recognisedIncome: 40_000, lastReviewedOn: '2025-04-01' };
const city = makeCity([
  { household: makeHousehold([physical], { kind: 'disabled-or-sick', assistance }), members: [physical] },
  { household: makeHousehold([lapsed]), members: [lapsed] },
  { household: makeHousehold([none, child], { kind: 'single-parent' }), members: [none, child] },
  { household: makeHousehold([elder], { kind: 'elderly' }), members: [elder] },
]);

const SELECTION = `source sourceName hasRecord asOf
  certificates { kind certificateNo grade impairment impairmentGroup firstIssuedOn issuedOn reassessOn validUntil }
  services { serviceKind grantedFrom grantedTo grantedQuantity supportLevel copayCap }
  allowances { kind monthlyAmount certifiedOn paidFrom status }
  findings { code severity message }`;

describeDepartment(disability, { seed: (db) => seed(db, city) }, ({ test, sectionsOf, countStatements }) => {
  const sections = sectionsOf('disability', SELECTION);

  test('gives a 身体1級 recipient the certificate, services, paid allowance and findings', async () => {
    const [section] = await sections([physical]);
    expect(section).toMatchObject({
      source: 'disability', sourceName: '障害福祉', hasRecord: true,
      certificates: [{ kind: '身体', grade: '1級', impairment: '肢体不自由', impairmentGroup: '肢体不自由', firstIssuedOn: '2012-04-10', issuedOn: '2012-04-10', reassessOn: null, validUntil: null }],
      services: [{ serviceKind: '居宅介護', grantedFrom: '2025-08-01', grantedTo: '2026-07-31', grantedQuantity: '月30時間', supportLevel: '区分4', copayCap: 0 }],
      allowances: [{ kind: '特別障害者手当', monthlyAmount: 29_590, certifiedOn: '2012-06-09', paidFrom: '2012-07-01', status: '支給中' }],
    });
    expect(findingCodes(section)).toEqual(['DISABILITY_ALLOWANCE_INCOME', 'DISABILITY_ADDITION', 'DISABILITY_PENSION_CLAIM']);
    expect(section?.findings[1]).toMatchObject({ message: expect.stringContaining('24,940円（2級地）') });
  });

  test('answers several residents at once, with and without records', async () => {
    const [mental, young, nobody, old] = await sections([lapsed, child, none, elder]);
    expect(mental).toMatchObject({ certificates: [{ kind: '精神', grade: '2級', firstIssuedOn: '2019-03-15', issuedOn: '2023-03-11', validUntil: '2025-03-31' }], services: [{ serviceKind: '就労継続支援B型', grantedFrom: '2025-03-01', grantedTo: '2026-02-28' }], allowances: [] });
    expect(mental?.findings[0]).toMatchObject({ code: 'DISABILITY_CERT_EXPIRED', severity: 'critical' });
    expect(young).toMatchObject({ certificates: [{ kind: '療育', grade: 'A', reassessOn: '2033-06-01' }], services: [{ serviceKind: '放課後等デイサービス', grantedQuantity: '月23日' }], allowances: [] });
    expect(findingCodes(young)).toEqual(['DISABILITY_ALLOWANCE_CLAIM']);
    expect(nobody).toMatchObject({ source: 'disability', hasRecord: false, certificates: [], services: [], allowances: [], findings: [] });
    expect(old).toMatchObject({ certificates: [{ validUntil: '2025-11-30' }], allowances: [{ kind: '特別障害者手当', status: '支給停止' }] });
    expect(findingCodes(old)).toEqual(['DISABILITY_ADDITION', 'DISABILITY_CERT_EXPIRING', 'DISABILITY_CARE_INSURANCE_FIRST']);
  });

  test('runs the same number of statements for one resident as for six', async () => {
    const one = await countStatements(() => sections([physical]));
    const six = await countStatements(() => sections([physical, lapsed, child, none, elder, physical]));
    expect(six).toBe(one);
    expect(one).toBeGreaterThan(0);
    expect(one).toBeLessThanOrEqual(5);
  });
});
