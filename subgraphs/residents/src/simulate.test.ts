import { createSimulationContext, isValidRegistryNumber, type DeltaRecord, type Knex, type WatchedPerson } from '@smart-casework/kit';
import { generateCity, type City } from '@smart-casework/kit/city';
import { describeDepartment, startTestSubgraph } from '@smart-casework/kit/testing';
import { describe, expect, it } from 'vitest';
import { seed } from '../seed';
import { residents } from './app';
import { importRows } from './delta-testing';
import { simulate } from './simulate';

const city = generateCity({ residents: 400, seed: 5 });

/** Current members of households on assistance or applying, as the simulation command reads them. */
async function watchedIn(db: Knex, source: City): Promise<WatchedPerson[]> {
  const caseworkers = new Map(source.households.flatMap((h) => { const cw = h.assistance?.caseworkerId ?? h.application?.caseworkerId; return cw ? [[h.householdNo, cw] as const] : []; }));
  const rows: { atena_no: string; household_no: string }[] = await db('residents').whereIn('household_no', [...caseworkers.keys()]).where('status', '住民').select('atena_no', 'household_no').orderBy('atena_no');
  return rows.map((r) => ({ atenaNo: r.atena_no, householdNo: r.household_no, caseworkerId: caseworkers.get(r.household_no) ?? '' }));
}

const count = (records: readonly DeltaRecord[], reason: string) => records.filter((r) => r['異動事由'] === reason).length;

async function simulatePeriod(db: Knex, from: string, to: string, seedValue = 11): Promise<{ records: DeltaRecord[]; watched: WatchedPerson[] }> {
  const watched = await watchedIn(db, city);
  const ctx = createSimulationContext({ db, department: 'residents', from, to, seed: seedValue, watched, storyCaseworkers: ['cw001'] });
  return { records: await simulate(ctx), watched };
}

describeDepartment(residents, { seed: (db) => seed(db, city), title: 'residents simulation on $dialect' }, ({ test, subgraph, execute }) => {
  test('a simulated month imports cleanly and gives cw001 a death, a 転出, a birth and a 転入', async () => {
    const db = subgraph().db;
    const { records, watched } = await simulatePeriod(db, '2025-09-02', '2025-10-01');
    expect((await simulatePeriod(db, '2025-09-02', '2025-10-01')).records).toEqual(records);
    const story = new Set(watched.filter((w) => w.caseworkerId === 'cw001').map((w) => w.householdNo));
    for (const reason of ['死亡', '国内転出', '出生', '国内転入']) {
      expect(records.some((r) => r['異動事由'] === reason && story.has(r['世帯番号'] ?? '')), reason).toBe(true);
    }
    expect(records.every((r) => isValidRegistryNumber(r['宛名番号'] ?? '') && r['異動日']! >= '2025-09-02' && r['異動日']! <= '2025-10-01')).toBe(true);
    const result = await importRows(db, records);
    expect(result).toMatchObject({ status: 'applied', applied: records.length });
    const dead = records.find((r) => r['異動事由'] === '死亡' && story.has(r['世帯番号'] ?? ''));
    const { data } = await execute('query($a: ID!) { resident(atenaNo: $a) { status changes { reason } } }', { a: dead?.['宛名番号'] });
    const resident = data?.resident as { status: string; changes: { reason: string }[] };
    expect(resident.status).toBe('死亡');
    expect(resident.changes[0]?.reason).toBe('死亡');
  });

  test('the next month continues from the registry as the first left it', async () => {
    const db = subgraph().db;
    const { records } = await simulatePeriod(db, '2025-10-02', '2025-10-31', 12);
    expect(count(records, '死亡')).toBeGreaterThanOrEqual(1);
    const result = await importRows(db, records, '2025-10-31');
    expect(result).toMatchObject({ status: 'applied', applied: records.length });
  });
});

describe('residents simulation volume', () => {
  it('follows the national rates for a city of 20,000 in September', { timeout: 120_000 }, async () => {
    const big = generateCity({ residents: 20_000, seed: 2 });
    const subgraph = await startTestSubgraph(residents, undefined, (db) => seed(db, big));
    try {
      const ctx = createSimulationContext({ db: subgraph.db, department: 'residents', from: '2025-09-01', to: '2025-09-30', seed: 3, watched: [], storyCaseworkers: [] });
      const records = await simulate(ctx);
      // 20,000 × rate / 1,000 × 30/365 (moves × 0.8 in September): deaths ≈ 22, births ≈ 9, 国内転出/転入 ≈ 55 persons each.
      expect(count(records, '死亡')).toBeGreaterThanOrEqual(15);
      expect(count(records, '死亡')).toBeLessThanOrEqual(30);
      expect(count(records, '出生')).toBeGreaterThanOrEqual(5);
      expect(count(records, '出生')).toBeLessThanOrEqual(14);
      for (const reason of ['国内転出', '国内転入']) {
        expect(count(records, reason), reason).toBeGreaterThanOrEqual(45);
        expect(count(records, reason), reason).toBeLessThanOrEqual(70);
      }
      expect(await importRows(subgraph.db, records, '2025-09-30')).toMatchObject({ status: 'applied', applied: records.length });
    } finally {
      await subgraph.stop();
    }
  });
});
