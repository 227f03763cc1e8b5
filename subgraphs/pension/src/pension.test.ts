import { makeCity, makeHousehold, makePerson } from '@smart-casework/kit/city';
import { describeDepartment, findingCodes } from '@smart-casework/kit/testing';
import { expect } from 'vitest';
import { seed } from '../seed';
import { pension } from './app';

const noIncome = { salary: 0, publicPension: 0, business: 0, realEstate: 0, miscellaneous: 0 };
const unclaimed = makePerson({ birthDate: '1950-03-01', planted: ['unclaimed-pension'] });
const pensioner = makePerson({ birthDate: '1955-06-01', pension: { kind: '老齢基礎年金', grade: null, annualAmount: 780_000, startedOn: '2020-06-01' }, income: { ...noIncome, publicPension: 780_000 } });
const disabled = makePerson({ birthDate: '1990-07-20', pensionCategory: '第1号', pensionExemption: '法定免除', pension: { kind: '障害基礎年金', grade: 1, annualAmount: 1_039_625, startedOn: '2025-08-01' } });
const noExemption = makePerson({ birthDate: '1978-11-03', pensionCategory: '第1号' });
const employee = makePerson({ birthDate: '1985-09-15', pensionCategory: '第2号', income: { ...noIncome, salary: 3_000_000 } });
const child = makePerson({ birthDate: '2015-03-02', relationship: '子' });
const assisted = makeHousehold([disabled], { kind: 'disabled-or-sick', assistance: { caseNo: 'C0001', status: '保護中', startedOn: '2024-04-15', caseworkerId: 'cw001', monthlyBenefit: 80_000, minimumCostOfLiving: 160_000, recognisedIncome: 80_000, lastReviewedOn: '2025-04-01' } });
const city = makeCity([
  { household: makeHousehold([unclaimed]), members: [unclaimed] },
  { household: makeHousehold([pensioner]), members: [pensioner] },
  { household: assisted, members: [disabled] },
  { household: makeHousehold([noExemption]), members: [noExemption] },
  { household: makeHousehold([employee, child]), members: [employee, child] },
]);

const SELECTION = `source sourceName hasRecord asOf basicPensionNo insuredCategory insuredSince monthlyTotal
  insuredPeriods { historyNo category acquiredOn acquisitionReason lostOn lossReason }
  exemptions { kind reason periodFrom periodTo notifiedOn }
  benefits { kind grade annualAmount monthlyAmount startedOn endedOn paymentMonths }
  findings { code severity message }`;

describeDepartment(pension, { seed: (db) => seed(db, city) }, ({ test, sectionsOf, countStatements }) => {
  const sections = sectionsOf('pension', SELECTION);

  test('answers several residents in one request, with and without records', async () => {
    const [u, p, d, n, e, c] = await sections([unclaimed, pensioner, disabled, noExemption, employee, child]);
    expect(u).toMatchObject({ source: 'pension', sourceName: '国民年金', hasRecord: true, insuredCategory: null, benefits: [], monthlyTotal: 0, insuredPeriods: [{ category: '第1号', acquiredOn: '1970-02-28', acquisitionReason: '20歳到達', lostOn: '2010-02-28', lossReason: '60歳到達' }] });
    expect(u?.findings).toEqual([expect.objectContaining({ code: 'PENSION_UNCLAIMED', severity: 'critical' })]);
    expect(p).toMatchObject({ hasRecord: true, monthlyTotal: 65_000, benefits: [{ kind: '老齢基礎年金', grade: null, annualAmount: 780_000, monthlyAmount: 65_000, startedOn: '2020-06-01', endedOn: null, paymentMonths: '偶数月' }] });
    expect(findingCodes(p)).toEqual(['PENSION_INCOME']);
    expect(d).toMatchObject({ insuredCategory: '第1号', insuredSince: '2010-07-19', monthlyTotal: 86_635, exemptions: [{ kind: '法定免除', reason: '障害基礎年金受給', periodFrom: '2025-07-01', periodTo: null }] });
    expect(findingCodes(d)).toEqual(['PENSION_STARTED', 'PENSION_INCOME', 'PENSION_DISABILITY_ADDITION']);
    expect(findingCodes(n)).toEqual(['PENSION_STATUTORY_EXEMPTION']);
    expect(e).toMatchObject({ insuredCategory: '第2号', basicPensionNo: expect.stringMatching(/^\*{4}-\*{2}\d{4}$/), findings: [] });
    expect(e?.insuredPeriods).toHaveLength(2);
    expect(c).toMatchObject({ hasRecord: false, insuredCategory: null, insuredPeriods: [], exemptions: [], benefits: [], monthlyTotal: 0, findings: [] });
    expect(Date.parse(String(c?.asOf))).toBeGreaterThan(0);
  });

  test('runs the same statements for one resident as for six', async () => {
    const one = await countStatements(() => sections([disabled]));
    const six = await countStatements(() => sections([unclaimed, pensioner, disabled, noExemption, employee, child]));
    expect(six).toBe(one);
    expect(one).toBe(4);
  });
});
