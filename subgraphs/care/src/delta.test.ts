import { createSimulationContext, formatProblems, type Knex } from '@smart-casework/kit';
import { generateCity, makeCity, makeHousehold, makePerson } from '@smart-casework/kit/city';
import { describeDepartment, expectRejected, expectUnchanged, importCsv, importFile, importRecords, watchedOf } from '@smart-casework/kit/testing';
import { expect } from 'vitest';
import { seed } from '../seed';
import { care } from './app';
import { delta } from './delta';
import { simulate } from './simulate';

const TODAY = '2025-10-01';
const load = (db: Knex, lines: readonly string[]) => importCsv(db, delta, lines, { today: TODAY });

const kokuho = { healthCover: 'kokuho' as const };
const severe = makePerson({ ...kokuho, birthDate: '1947-02-10', care: { level: '要介護4', certifiedOn: '2025-07-20', validFrom: '2025-07-01', validTo: '2026-06-30' } });
const uncertified = makePerson({ ...kokuho, birthDate: '1955-06-01' });
const expiring = makePerson({ ...kokuho, birthDate: '1940-03-03', care: { level: '要介護1', certifiedOn: '2025-05-10', validFrom: '2025-04-15', validTo: '2025-11-30' } });
const withdrawing = makePerson({ ...kokuho, birthDate: '1945-05-05', care: { level: '要支援2', certifiedOn: '2025-06-10', validFrom: '2025-05-12', validTo: '2025-11-30' } });
const deceased = makePerson({ ...kokuho, birthDate: '1935-01-01', care: { level: '要介護3', certifiedOn: '2025-06-20', validFrom: '2025-05-20', validTo: '2025-11-30' } });
const city = makeCity([severe, uncertified, expiring, withdrawing, deceased].map((p) => ({ household: makeHousehold([p]), members: [p] })));

const SELECTION = `insuredCategory disqualifiedOn disqualificationReason
  currentCertification { historyNo level applicationKind appliedOn certifiedOn validFrom validTo }
  certifications { historyNo level applicationKind validFrom validTo }`;

const EVERY_REASON = [
  `K1,${severe.atenaNo},区分変更,2025-09-30,要介護5,2025-09-05,2025-09-05,2026-03-31,`,
  `K2,${uncertified.atenaNo},新規認定,2025-09-26,要介護1,2025-08-25,2025-08-25,2026-02-28,`,
  `K3,${expiring.atenaNo},更新,2025-09-29,要介護2,,2025-12-01,2026-11-30,`,
  `K4,${withdrawing.atenaNo},認定取消,2025-09-20,,,,,`,
  `K5,${deceased.atenaNo},資格喪失,2025-09-25,,,,,死亡`,
];

describeDepartment(care, { seed: (db) => seed(db, city), title: 'care delta import on $dialect' }, ({ test, sectionsOf, subgraph }) => {
  const sections = sectionsOf('longTermCare', SELECTION);
  const tables = (db: Knex) => Promise.all([db('care_insured').select('*').orderBy('atena_no'), db('care_certifications').select('*').orderBy(['atena_no', 'history_no'])]);

  test('rejects bad.csv whole, with line numbers in Japanese and English, and writes nothing', async () => {
    const result = await expectUnchanged(() => tables(subgraph().db), () => importFile(subgraph().db, delta, new URL('../deltas/bad.csv', import.meta.url), { today: TODAY }));
    const problems = expectRejected(result, [2, 3, 4, 5, 6, 7]);
    expect(formatProblems(problems).join('\n')).toContain('4行目: 有効期間 2025-11-01〜2030-10-31 が更新の3〜48か月に収まりません。 / line 4: validity 2025-11-01 to 2030-10-31 is not 3 to 48 months (更新)');
  });

  test('rejects rows the database contradicts, naming each line, and writes none of the file', async () => {
    const result = await expectUnchanged(() => tables(subgraph().db), () => load(subgraph().db, [
      EVERY_REASON[0] ?? '',
      `E2,${uncertified.atenaNo},区分変更,2025-09-30,要介護2,2025-09-05,2025-09-05,2026-03-31,`,
      `E3,${severe.atenaNo},新規認定,2025-09-30,要介護2,2025-09-05,2025-09-05,2026-03-31,`,
      `E4,${expiring.atenaNo},更新,2025-09-29,要介護2,,2025-11-01,2026-10-31,`,
      `E5,${withdrawing.atenaNo},認定取消,2025-05-01,,,,,`,
    ]));
    expect(result.status === 'rejected' && result.problems.map((p) => [p.line, p.en])).toEqual([
      [3, 'no certification to change or renew'],
      [4, expect.stringContaining('a certification (要介護5) is valid until 2026-03-31')],
      [5, 'a renewal starts the day after the last validity (2025-12-01)'],
      [6, expect.stringContaining('the cancellation must fall within the validity')],
    ]);
  });

  test('applies every reason so that the section shows it, and a second import changes nothing', async () => {
    expect(await load(subgraph().db, EVERY_REASON)).toMatchObject({ status: 'applied', applied: 5 });
    const [s, u, e, w, d] = await sections([severe, uncertified, expiring, withdrawing, deceased]);
    expect(s).toMatchObject({
      currentCertification: { historyNo: 3, level: '要介護5', applicationKind: '区分変更', appliedOn: '2025-09-05', certifiedOn: '2025-09-30', validFrom: '2025-09-05', validTo: '2026-03-31' },
      certifications: [{ historyNo: 3 }, { historyNo: 2, level: '要介護4', validFrom: '2025-07-01', validTo: '2025-09-04' }, { historyNo: 1 }],
    });
    expect(u).toMatchObject({ currentCertification: { historyNo: 1, level: '要介護1', applicationKind: '新規', validFrom: '2025-08-25', validTo: '2026-02-28' } });
    expect(e).toMatchObject({ currentCertification: { historyNo: 2, level: '要介護2', applicationKind: '更新', appliedOn: '2025-09-29', validFrom: '2025-12-01' }, certifications: [{ historyNo: 2 }, { historyNo: 1, validTo: '2025-11-30' }] });
    expect(w).toMatchObject({ currentCertification: { level: '要支援2', validTo: '2025-09-19' } });
    expect(d).toMatchObject({ disqualifiedOn: '2025-09-26', disqualificationReason: '死亡', currentCertification: { level: '要介護3', validTo: '2025-09-25' } });
    const before = await tables(subgraph().db);
    expect(await load(subgraph().db, EVERY_REASON)).toMatchObject({ status: 'applied', applied: 0, skipped: 5 });
    expect(await tables(subgraph().db)).toEqual(before);
  });
});

// A city small enough to seed fast in which cw001's households hold certified and uncertified 65+ members.
const generated = generateCity({ residents: 2000, seed: 4 });
const watched = watchedOf(generated);
const cw001 = new Set(watched.filter((w) => w.caseworkerId === 'cw001').map((w) => w.atenaNo));
const deaths = generated.persons.filter((p) => p.status === '住民' && p.care && !cw001.has(p.atenaNo)).slice(0, 3);

describeDepartment(care, { seed: (db) => seed(db, generated), title: 'care simulation on $dialect' }, ({ test, subgraph }) => {
  test('simulates a month whose rows import whole, with the story rows for cw001, and continues from there', async () => {
    const registryEvents = deaths.map((p) => ({ atenaNo: p.atenaNo, householdNo: p.householdNo, reason: '死亡', effectiveDate: '2025-09-15', members: [] }));
    const records = await simulate(createSimulationContext({ db: subgraph().db, department: 'care', from: '2025-09-02', to: TODAY, seed: 7, watched, registryEvents }));
    const story = records.filter((r) => cw001.has(r['宛名番号'] ?? ''));
    expect(story.map((r) => r['異動事由'])).toEqual(expect.arrayContaining(['区分変更', '新規認定']));
    expect(records.filter((r) => r['異動事由'] === '資格喪失').map((r) => r['宛名番号'])).toEqual(deaths.map((p) => p.atenaNo));
    expect(new Set(records.map((r) => r['異動事由']))).toEqual(new Set(['区分変更', '新規認定', '更新', '資格喪失']));
    const result = await importRecords(subgraph().db, delta, records, { today: TODAY });
    expect(result).toMatchObject({ status: 'applied', applied: records.length });
    const next = await simulate(createSimulationContext({ db: subgraph().db, department: 'care', from: '2025-10-02', to: '2025-10-31', seed: 8, watched, registryEvents: [] }));
    const second = await importRecords(subgraph().db, delta, next, { today: '2025-10-31' });
    expect(second).toMatchObject({ status: 'applied', applied: next.length });
  });
});
