import { COMMON_HEADERS, createSimulationContext, type DeltaRecord, type Knex, type RegistryEvent } from '@smart-casework/kit';
import { generateCity } from '@smart-casework/kit/city';
import { describeDepartment, importRecords, watchedOf } from '@smart-casework/kit/testing';
import { expect } from 'vitest';
import { seed } from '../seed';
import { pension } from './app';
import { delta } from './delta';
import { simulate } from './simulate';

const city = generateCity({ residents: 300, seed: 1 });
const watched = watchedOf(city);
const mine = new Set(watched.filter((w) => w.caseworkerId === 'cw001').map((w) => w.atenaNo));
const pensioner = city.persons.find((p) => p.pension && !mine.has(p.atenaNo));
// Insured 第1号 until 60 (2020-04-30), 65 on 2025-04-30: due an award in the simulated year.
const turning65 = { atena_no: '0009999990', history_no: 1, category: '第1号', acquired_on: '1980-04-30', acquisition_reason: '20歳到達', lost_on: '2020-04-30', loss_reason: '60歳到達', basic_pension_no: '****-**9999', prior_year_income: null };
const registryEvents: RegistryEvent[] = pensioner ? [{ atenaNo: pensioner.atenaNo, householdNo: pensioner.householdNo, reason: '死亡', effectiveDate: '2025-09-15', members: [] }] : [];
// A year, so that some reach 65 even in a small city.
const run = (db: Knex, from: string, to: string) => simulate(createSimulationContext({ db, department: 'pension', from, to, seed: 42, watched, registryEvents }));
const reasonOf = (r: DeltaRecord) => r[COMMON_HEADERS.reason];

const seedWithTurning65 = async (db: Knex) => {
  await seed(db, city);
  await db('pension_insured_periods').insert(turning65);
};

describeDepartment(pension, { seed: seedWithTurning65, title: 'pension simulation on $dialect' }, ({ test, subgraph }) => {
  test('a year of awards, revisions, deaths and exemptions imports cleanly, with the story', async () => {
    const { db } = subgraph();
    const records = await run(db, '2024-10-02', '2025-10-01');
    const story = records.filter((r) => mine.has(r[COMMON_HEADERS.atenaNo] ?? ''));
    expect(story.map(reasonOf)).toEqual(expect.arrayContaining(['裁定', '額改定', '免除']));
    expect(records).toContainEqual(expect.objectContaining({ [COMMON_HEADERS.atenaNo]: pensioner?.atenaNo, [COMMON_HEADERS.reason]: '失権', 失権事由: '死亡' }));
    expect(records).toContainEqual(expect.objectContaining({ [COMMON_HEADERS.atenaNo]: turning65.atena_no, [COMMON_HEADERS.reason]: '裁定', [COMMON_HEADERS.effectiveDate]: '2025-04-30', 年金種別: '老齢基礎年金', 受給開始日: '2025-05-01' }));
    const result = await importRecords(db, delta, records);
    expect(result.status === 'rejected' ? result.problems : result).toMatchObject({ status: 'applied', applied: records.length });
    expect(await importRecords(db, delta, records)).toMatchObject({ status: 'applied', applied: 0, skipped: records.length });
    const next = await run(db, '2025-09-01', '2025-10-01');
    const again = await importRecords(db, delta, next);
    expect(again.status === 'rejected' ? again.problems : []).toEqual([]);
  });
});
