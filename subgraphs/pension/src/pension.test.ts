import { countQueries } from '@smart-casework/kit';
import { makeCity, makeHousehold, makePerson } from '@smart-casework/kit/city';
import { startTestSubgraph, testDatabases, type TestSubgraph } from '@smart-casework/kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seed } from '../seed';
import { pension } from './app';
import type { Loaders } from './loaders';

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

const SECTION = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Resident { atenaNo pension {
  source sourceName hasRecord asOf basicPensionNo insuredCategory insuredSince monthlyTotal
  insuredPeriods { historyNo category acquiredOn acquisitionReason lostOn lossReason }
  exemptions { kind reason periodFrom periodTo notifiedOn }
  benefits { kind grade annualAmount monthlyAmount startedOn endedOn paymentMonths }
  findings { code severity message } } } } }`;

const representation = (p: { atenaNo: string; birthDate: string }) => ({ __typename: 'Resident', atenaNo: p.atenaNo, birthDate: p.birthDate });
type Section = { hasRecord: boolean; findings: { code: string; severity: string }[]; [field: string]: unknown };

const databases = await testDatabases();

describe.each(databases)('pension subgraph on $dialect', (database) => {
  let subgraph: TestSubgraph<Loaders>;
  let drop = async () => {};

  beforeAll(async () => {
    if (database.skipReason) return;
    const created = await database.create();
    drop = created.drop;
    subgraph = await startTestSubgraph(pension, created.settings, (db) => seed(db, city));
  });
  afterAll(async () => {
    await subgraph?.stop();
    await drop();
  });

  async function sections(persons: { atenaNo: string; birthDate: string }[]): Promise<Section[]> {
    const { data, errors } = await subgraph.execute(SECTION, { r: persons.map(representation) });
    expect(errors).toBeUndefined();
    return (data?._entities as { pension: Section }[]).map((e) => e.pension);
  }

  it.skipIf(database.skipReason)('answers several residents in one request, with and without records', async () => {
    const [u, p, d, n, e, c] = await sections([unclaimed, pensioner, disabled, noExemption, employee, child]);
    expect(u).toMatchObject({ source: 'pension', sourceName: '国民年金', hasRecord: true, insuredCategory: null, benefits: [], monthlyTotal: 0, insuredPeriods: [{ category: '第1号', acquiredOn: '1970-02-28', acquisitionReason: '20歳到達', lostOn: '2010-02-28', lossReason: '60歳到達' }] });
    expect(u?.findings).toEqual([expect.objectContaining({ code: 'PENSION_UNCLAIMED', severity: 'critical' })]);
    expect(p).toMatchObject({ hasRecord: true, monthlyTotal: 65_000, benefits: [{ kind: '老齢基礎年金', grade: null, annualAmount: 780_000, monthlyAmount: 65_000, startedOn: '2020-06-01', endedOn: null, paymentMonths: '偶数月' }] });
    expect(p?.findings.map((f) => f.code)).toEqual(['PENSION_INCOME']);
    expect(d).toMatchObject({ insuredCategory: '第1号', insuredSince: '2010-07-19', monthlyTotal: 86_635, exemptions: [{ kind: '法定免除', reason: '障害基礎年金受給', periodFrom: '2025-07-01', periodTo: null }] });
    expect(d?.findings.map((f) => f.code)).toEqual(['PENSION_STARTED', 'PENSION_INCOME', 'PENSION_DISABILITY_ADDITION']);
    expect(n?.findings.map((f) => f.code)).toEqual(['PENSION_STATUTORY_EXEMPTION']);
    expect(e).toMatchObject({ insuredCategory: '第2号', basicPensionNo: expect.stringMatching(/^\*{4}-\*{2}\d{4}$/), findings: [] });
    expect(e?.insuredPeriods).toHaveLength(2);
    expect(c).toMatchObject({ hasRecord: false, insuredCategory: null, insuredPeriods: [], exemptions: [], benefits: [], monthlyTotal: 0, findings: [] });
    expect(Date.parse(String(c?.asOf))).toBeGreaterThan(0);
  });

  it.skipIf(database.skipReason)('runs the same statements for one resident as for six', async () => {
    const counter = countQueries(subgraph.db);
    try {
      await sections([disabled]);
      const one = counter.count;
      counter.reset();
      await sections([unclaimed, pensioner, disabled, noExemption, employee, child]);
      expect(counter.count).toBe(one);
      expect(one).toBe(4);
    } finally {
      counter.stop();
    }
  });
});
