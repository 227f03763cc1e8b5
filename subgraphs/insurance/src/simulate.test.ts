import { COMMON_HEADERS, createSimulationContext, type DeltaRecord, type Knex, type RegistryEvent } from '@smart-casework/kit';
import { generateCity } from '@smart-casework/kit/city';
import { describeDepartment, importRecords, watchedOf } from '@smart-casework/kit/testing';
import { expect } from 'vitest';
import { seed } from '../seed';
import { insurance } from './app';
import { delta } from './delta';
import { simulate } from './simulate';

const city = generateCity({ residents: 300, seed: 1 });
const watched = watchedOf(city);
const mine = new Set(watched.filter((w) => w.caseworkerId === 'cw001').map((w) => w.atenaNo));
const kokuho = city.persons.find((p) => p.healthCover === 'kokuho' && !mine.has(p.atenaNo) && !city.households.find((h) => h.householdNo === p.householdNo)?.assistance);
const registryEvents: RegistryEvent[] = kokuho ? [{ atenaNo: kokuho.atenaNo, householdNo: kokuho.householdNo, reason: '死亡', effectiveDate: '2025-09-15', members: [] }] : [];

const run = (db: Knex, from = '2025-09-01') => simulate(createSimulationContext({ db, department: 'insurance', from, to: '2025-09-30', seed: 42, watched, registryEvents }));
const cell = (r: DeltaRecord, header: string) => r[header] ?? '';

describeDepartment(insurance, { seed: (db) => seed(db, city), title: 'insurance simulation on $dialect' }, ({ test, subgraph }) => {
  test('a month of 資格取得・喪失 imports cleanly, with the story and the registry’s deaths', async () => {
    const { db } = subgraph();
    const records = await run(db);
    const story = records.filter((r) => mine.has(cell(r, COMMON_HEADERS.atenaNo)));
    expect(story.some((r) => cell(r, COMMON_HEADERS.reason) === '資格取得' && cell(r, '制度') === '国保')).toBe(true);
    expect(story.some((r) => cell(r, COMMON_HEADERS.reason) === '資格喪失' && cell(r, '喪失事由') === '社保加入')).toBe(true);
    expect(records).toContainEqual(expect.objectContaining({ [COMMON_HEADERS.atenaNo]: kokuho?.atenaNo, [COMMON_HEADERS.reason]: '資格喪失', 喪失事由: '死亡' }));
    expect(await importRecords(db, delta, records)).toMatchObject({ status: 'applied', applied: records.length });
    expect(await importRecords(db, delta, records)).toMatchObject({ status: 'applied', applied: 0, skipped: records.length });
    // A second run starts from the state the first left: its rows are valid too.
    const next = await run(db, '2025-09-20');
    const result = await importRecords(db, delta, next);
    expect(result.status === 'rejected' ? result.problems : []).toEqual([]);
  });
});
