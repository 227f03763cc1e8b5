import { COMMON_HEADERS, createSimulationContext, type DeltaRecord, type Knex } from '@smart-casework/kit';
import { generateCity } from '@smart-casework/kit/city';
import { describeDepartment, importRecords, watchedOf } from '@smart-casework/kit/testing';
import { expect } from 'vitest';
import { seed } from '../seed';
import { tax } from './app';
import { delta } from './delta';
import { simulate } from './simulate';

// Before April: the roll is FY2024's, so June 2025 brings the city's 当初賦課 for FY2025.
const city = generateCity({ residents: 300, seed: 1, referenceDate: '2025-03-01' });
const watched = watchedOf(city);
const mine = new Set(watched.filter((w) => w.caseworkerId === 'cw001').map((w) => w.atenaNo));

const run = (db: Knex, from: string, to: string) => simulate(createSimulationContext({ db, department: 'tax', from, to, seed: 42, watched }));
const reasonsFor = (records: readonly DeltaRecord[], atenaNos: ReadonlySet<string>) => records.filter((r) => atenaNos.has(r[COMMON_HEADERS.atenaNo] ?? '')).map((r) => r[COMMON_HEADERS.reason]);

describeDepartment(tax, { seed: (db) => seed(db, city), title: 'tax simulation on $dialect' }, ({ test, subgraph, sectionsOf }) => {
  const sections = sectionsOf<{ fiscalYear: number; taxStatus: string | null; lightVehicles: unknown[] }>('tax', 'fiscalYear taxStatus lightVehicles { plate }');

  test('June brings the whole roll of the new fiscal year, with the story in it, and imports cleanly', async () => {
    const { db } = subgraph();
    const rollSize = Number((await db('resident_tax_assessments').count({ n: '*' }).first())?.n);
    const records = await run(db, '2025-06-01', '2025-06-30');
    expect(records.filter((r) => r[COMMON_HEADERS.reason] === '当初賦課')).toHaveLength(rollSize);
    expect(reasonsFor(records, mine)).toEqual(expect.arrayContaining(['当初賦課', '軽自動車登録', '固定資産取得']));
    expect(await importRecords(db, delta, records)).toMatchObject({ status: 'applied', applied: records.length });
    const [first] = await sections([{ atenaNo: records[0]?.[COMMON_HEADERS.atenaNo] ?? '' }]);
    expect(first?.fiscalYear).toBe(2025);
  });

  test('a later month continues from there: revisions for the story, vehicles and land, all valid', async () => {
    const { db } = subgraph();
    const records = await run(db, '2025-09-01', '2025-09-30');
    const story = records.filter((r) => mine.has(r[COMMON_HEADERS.atenaNo] ?? ''));
    expect(story.map((r) => r[COMMON_HEADERS.reason])).toEqual(expect.arrayContaining(['更正', '軽自動車登録', '固定資産取得']));
    const revised = story.filter((r) => r[COMMON_HEADERS.reason] === '更正').map((r) => ({ atenaNo: r[COMMON_HEADERS.atenaNo] ?? '', status: r['課税区分'] }));
    const before = await sections(revised);
    // The story turns one 非課税 or 均等割のみ person 課税.
    expect(revised.some((r, i) => r.status === '課税' && before[i]?.taxStatus !== '課税')).toBe(true);
    const result = await importRecords(db, delta, records);
    expect(result).toMatchObject({ status: 'applied', applied: records.length });
    const registered = story.find((r) => r[COMMON_HEADERS.reason] === '軽自動車登録');
    const [owner] = await sections([{ atenaNo: registered?.[COMMON_HEADERS.atenaNo] ?? '' }]);
    expect(owner?.lightVehicles).toContainEqual({ plate: registered?.['標識番号'] });
    expect(await importRecords(db, delta, records)).toMatchObject({ status: 'applied', applied: 0, skipped: records.length });
  });
});
