import { createSimulationContext, formatProblems, type Knex } from '@smart-casework/kit';
import { generateCity, makeCity, makeHousehold, makePerson } from '@smart-casework/kit/city';
import { describeDepartment, expectRejected, expectUnchanged, importCsv, importFile, importRecords, watchedOf } from '@smart-casework/kit/testing';
import { expect } from 'vitest';
import { seed } from '../seed';
import { disability } from './app';
import { delta } from './delta';
import { simulate } from './simulate';

const TODAY = '2025-10-01';
const load = (db: Knex, lines: readonly string[]) => importCsv(db, delta, lines, { today: TODAY });

// The seed numbers certificates in person order: kind code + serial (身体 10000001, 療育 20000002).
const physical = makePerson({ birthDate: '1970-02-02', disability: { kind: '身体', grade: '3級', category: '肢体不自由', issuedOn: '2015-04-10' } });
const returning = makePerson({ birthDate: '1990-05-05', disability: { kind: '療育', grade: 'B', category: null, issuedOn: '2000-09-01' } });
const newcomer = makePerson({ birthDate: '1985-01-01' });
const city = makeCity([physical, returning, newcomer].map((p) => ({ household: makeHousehold([p]), members: [p] })));

const SELECTION = `hasRecord certificates { kind certificateNo grade impairment impairmentGroup firstIssuedOn issuedOn reassessOn validUntil } findings { code message }`;

const EVERY_REASON = [
  `S1,${physical.atenaNo},等級変更,2025-09-24,身体,10000001,2級,,2028-09-30,`,
  `S2,${newcomer.atenaNo},新規交付,2025-09-18,精神,30000003,2級,,,`,
  `S3,${returning.atenaNo},返還,2025-09-12,療育,20000002,,,,`,
];

describeDepartment(disability, { seed: (db) => seed(db, city), title: 'disability delta import on $dialect' }, ({ test, sectionsOf, subgraph }) => {
  const sections = sectionsOf('disability', SELECTION);
  const certificates = (db: Knex) => db('disability_certificates').select('*').orderBy(['atena_no', 'kind']);

  test('rejects bad.csv whole, with line numbers in Japanese and English, and writes nothing', async () => {
    const result = await expectUnchanged(() => certificates(subgraph().db), () => importFile(subgraph().db, delta, new URL('../deltas/bad.csv', import.meta.url), { today: TODAY }));
    const problems = expectRejected(result, [2, 3, 4, 5, 6, 7]);
    expect(formatProblems(problems)[0]).toBe('2行目: 身体手帳の等級は1級・2級・3級・4級・5級・6級です（「A」）。 / line 2: a 身体 certificate\'s grade is one of 1級, 2級, 3級, 4級, 5級, 6級 (got A)');
  });

  test('rejects rows the database contradicts, naming each line, and writes none of the file', async () => {
    const result = await expectUnchanged(() => certificates(subgraph().db), () => load(subgraph().db, [
      EVERY_REASON[0] ?? '',
      `F2,${physical.atenaNo},新規交付,2025-09-18,身体,10000009,4級,視覚障害,,`,
      `F3,${newcomer.atenaNo},新規交付,2025-09-18,身体,20000002,4級,視覚障害,,`,
      `F4,${returning.atenaNo},等級変更,2025-09-18,療育,20000009,A,,,`,
      `F5,${physical.atenaNo},等級変更,2025-09-30,身体,10000001,2級,,,`,
      `F6,${newcomer.atenaNo},返還,2025-09-30,精神,30000003,,,,`,
    ]));
    expect(result.status === 'rejected' && result.problems.map((p) => [p.line, p.en])).toEqual([
      [3, 'the person already holds a 身体 certificate (10000001)'],
      [4, 'certificate number 20000002 is already in use'],
      [5, 'the person holds no 療育 certificate 20000009'],
      [6, 'the grade does not change (2級)'],
      [7, 'the person holds no 精神 certificate 30000003'],
    ]);
  });

  test('applies every reason so that the section shows it, and a second import changes nothing', async () => {
    const [before] = await sections([physical]);
    expect(before?.findings.find((f) => f.code === 'DISABILITY_ADDITION')?.message).toContain('16,620円');
    expect(await load(subgraph().db, EVERY_REASON)).toMatchObject({ status: 'applied', applied: 3 });
    const [p, r, n] = await sections([physical, returning, newcomer]);
    expect(p?.certificates).toEqual([{ kind: '身体', certificateNo: '10000001', grade: '2級', impairment: '肢体不自由', impairmentGroup: '肢体不自由', firstIssuedOn: '2015-04-10', issuedOn: '2025-09-24', reassessOn: '2028-09-30', validUntil: null }]);
    // 身体2級 moves 障害者加算 to the higher amount.
    expect(p?.findings.find((f) => f.code === 'DISABILITY_ADDITION')?.message).toContain('24,940円');
    expect(r).toMatchObject({ certificates: [] });
    expect(n).toMatchObject({ hasRecord: true, certificates: [{ kind: '精神', certificateNo: '30000003', grade: '2級', firstIssuedOn: '2025-09-18', issuedOn: '2025-09-18', validUntil: '2027-09-30' }] });
    const after = await certificates(subgraph().db);
    expect(await load(subgraph().db, EVERY_REASON)).toMatchObject({ status: 'applied', applied: 0, skipped: 3 });
    expect(await certificates(subgraph().db)).toEqual(after);
  });
});

// A city small enough to seed fast in which a cw001 household member holds a certificate.
const generated = generateCity({ residents: 2000, seed: 4 });
const watched = watchedOf(generated);
const cw001 = new Set(watched.filter((w) => w.caseworkerId === 'cw001').map((w) => w.atenaNo));
const deaths = generated.persons.filter((p) => p.status === '住民' && p.disability && !cw001.has(p.atenaNo)).slice(0, 2);

describeDepartment(disability, { seed: (db) => seed(db, generated), title: 'disability simulation on $dialect' }, ({ test, subgraph }) => {
  test('simulates a month whose rows import whole, with the story rows for cw001, and continues from there', async () => {
    const registryEvents = deaths.map((p) => ({ atenaNo: p.atenaNo, householdNo: p.householdNo, reason: '死亡', effectiveDate: '2025-09-15', members: [] }));
    const records = await simulate(createSimulationContext({ db: subgraph().db, department: 'disability', from: '2025-09-02', to: TODAY, seed: 7, watched, registryEvents }));
    expect(records.filter((r) => cw001.has(r['宛名番号'] ?? '')).map((r) => r['異動事由']).sort()).toEqual(['新規交付', '等級変更']);
    expect(records.filter((r) => r['異動事由'] === '返還').map((r) => r['宛名番号'])).toEqual(deaths.map((p) => p.atenaNo));
    const result = await importRecords(subgraph().db, delta, records, { today: TODAY });
    expect(result).toMatchObject({ status: 'applied', applied: records.length });
    const next = await simulate(createSimulationContext({ db: subgraph().db, department: 'disability', from: '2025-10-02', to: '2025-10-31', seed: 8, watched, registryEvents: [] }));
    const second = await importRecords(subgraph().db, delta, next, { today: '2025-10-31' });
    expect(second).toMatchObject({ status: 'applied', applied: next.length });
  });
});
