import { startGateway } from '@smart-casework/gateway';
import { composeSupergraph } from '@smart-casework/gateway/compose';
import type { Knex } from '@smart-casework/kit';
import { acquireLease, gatewayClient, LEASE_NAME, releaseLease, runSweep, type GatewayClient } from '@smart-casework/welfare/watcher/sweep';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type Stack } from '../stack';
import { e2eCity, elder, grandfather, mother } from './city';
import { ask } from './client';
import { awardPension, recertifyCare, recordDeath, registerLand, registerVehicle, reviseAllowance } from './watcher-changes';

interface StoredNotice {
  kind: string;
  atena_no: string;
  section: string;
  source: string;
  summary: string;
  assigned_to: string;
  supervisor_id: string | null;
  estimated_monthly_impact: number | null;
  overpayment_per_month: number | null;
  effective_date: string | null;
  dedupe_key: string;
}

/** The watcher over the in-process stack: baseline, changes, a department down, two watchers at once. */
describe('the change watcher through the gateway', () => {
  let stack: Stack;
  let welfare: Knex;
  let gateway: GatewayClient;
  const db = (name: string) => {
    const department = stack.departments.get(name);
    if (!department) throw new Error(`${name} is not running`);
    return department.db;
  };
  const sweep = (client = gateway, holder = 'e2e-watcher') => runSweep({ db: welfare, gateway: client, holder, batchSize: 1 });
  const notices = async (): Promise<StoredNotice[]> => welfare('change_notices').orderBy('seq').select();
  const kinds = async () => (await notices()).map((n) => `${n.kind} ${n.atena_no}`).sort();

  beforeAll(async () => {
    stack = await startStack({ city: e2eCity() });
    welfare = db('welfare');
    gateway = gatewayClient(stack.gatewayUrl, undefined);
  });
  afterAll(() => stack?.stop());

  it('the first sweep records a baseline and raises nothing', async () => {
    expect(await sweep()).toMatchObject({ households: 2, notices: 0, unknownSections: 0, skipped: null });
    expect(await notices()).toEqual([]);
    const members = await welfare('watch_snapshots').where('section', 'registry').pluck('atena_no');
    expect(members).toHaveLength(5);
    expect(await sweep()).toMatchObject({ households: 2, notices: 0 });
  });

  it('changed sections raise exactly the expected notices, assigned to the caseworker', async () => {
    await reviseAllowance(db('child'), mother.atenaNo, '児童扶養手当', 11_030, '2025-11-01', '所得変更');
    await awardPension(db('pension'), mother.atenaNo, '障害基礎年金', 2, 831_700, '2025-09-01');
    await registerVehicle(db('tax'), mother.atenaNo, '鳥取 580 い 56-78', '2025-09-12');
    await recordDeath(db('residents'), grandfather.atenaNo, '2025-09-20');
    await recertifyCare(db('care'), elder.atenaNo, '要介護3', '2025-09-01');
    expect(await sweep()).toMatchObject({ households: 2, notices: 5, unknownSections: 0 });
    expect(await kinds()).toEqual([
      `介護認定変更 ${elder.atenaNo}`, `児童扶養手当額変更 ${mother.atenaNo}`, `年金受給開始 ${mother.atenaNo}`, `死亡 ${grandfather.atenaNo}`, `軽自動車取得 ${mother.atenaNo}`,
    ].sort());
    const byKind = new Map((await notices()).map((n) => [n.kind, n]));
    expect(byKind.get('児童扶養手当額変更')).toMatchObject({
      source: 'child', section: 'childBenefits', assigned_to: 'cw001', supervisor_id: 'sv001', effective_date: '2025-11-01', estimated_monthly_impact: 57_720 - 11_030, overpayment_per_month: null,
      summary: `米子\u3000陽子 の児童扶養手当が 月額 57,720円 → 11,030円 に変更（2025-11-01、所得変更）`,
    });
    expect(byKind.get('年金受給開始')).toMatchObject({ estimated_monthly_impact: -69_308, overpayment_per_month: 69_308 });
    expect(byKind.get('死亡')).toMatchObject({ source: 'residents', section: 'registry', effective_date: '2025-09-20' });
    expect(byKind.get('介護認定変更')).toMatchObject({ assigned_to: 'cw002', source: 'care' });
    expect(await sweep()).toMatchObject({ notices: 0 });
  });

  it('the notices are in the graph, each caseworker seeing their own with the resident resolved', async () => {
    const query = 'query Inbox { notices(first: 50) { totalCount nodes { kind summary resident { atenaNo name } assignedTo { staffId } } } }';
    const answer = await ask(stack.gatewayUrl, query, { token: await stack.token('cw002'), purpose: 'notice-handling' });
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.notices).toMatchObject({ totalCount: 1, nodes: [{ kind: '介護認定変更', resident: { atenaNo: elder.atenaNo }, assignedTo: { staffId: 'cw002' } }] });
  });

  it('a department down during a sweep raises none of its notices; the next sweep catches up', async () => {
    await reviseAllowance(db('child'), mother.atenaNo, '児童扶養手当', 0, '2025-12-01', '所得変更');
    await registerLand(db('tax'), mother.atenaNo, '7番1');
    const urls = Object.fromEntries([...stack.departments].map(([name, d]) => [name, name === 'child' ? 'http://127.0.0.1:9/graphql' : d.url]));
    const degraded = await startGateway({ port: 0, supergraphSdl: composeSupergraph([...stack.departments.keys()]).supergraphSdl, urls, config: { AUTH_MODE: 'dev' } });
    try {
      const before = (await notices()).length;
      // Members now: mother, child, baby (the grandfather died) and the elder: four child sections unread.
      expect(await sweep(gatewayClient(degraded.url, undefined))).toMatchObject({ households: 2, notices: 1, unknownSections: 4 });
      expect((await notices()).slice(before).map((n) => n.kind)).toEqual(['固定資産取得']);
    } finally {
      await degraded.stop();
    }
    expect(await sweep()).toMatchObject({ notices: 1, unknownSections: 0 });
    expect((await notices()).at(-1)).toMatchObject({ kind: '児童扶養手当額変更', estimated_monthly_impact: 11_030 });
  });

  it('with the registry down nothing is known: no notice, no snapshot touched', async () => {
    await registerVehicle(db('tax'), elder.atenaNo, '試験市 い 5678', '2025-09-30');
    const before = await welfare('watch_snapshots').orderBy(['household_no', 'atena_no', 'section']).select();
    const urls = Object.fromEntries([...stack.departments].map(([name, d]) => [name, name === 'residents' ? 'http://127.0.0.1:9/graphql' : d.url]));
    const degraded = await startGateway({ port: 0, supergraphSdl: composeSupergraph([...stack.departments.keys()]).supergraphSdl, urls, config: { AUTH_MODE: 'dev' } });
    try {
      const summary = await sweep(gatewayClient(degraded.url, undefined));
      expect(summary).toMatchObject({ households: 2, notices: 0 });
      expect(summary.unknownSections).toBeGreaterThan(0);
    } finally {
      await degraded.stop();
    }
    expect(await welfare('watch_snapshots').orderBy(['household_no', 'atena_no', 'section']).select()).toEqual(before);
    expect(await sweep()).toMatchObject({ notices: 1 });
  });

  it('a sweep that cannot reach the gateway fails, is recorded as failed and frees the lease', async () => {
    await expect(sweep(gatewayClient('http://127.0.0.1:9', 'a-token'))).rejects.toThrow();
    expect(await welfare('watch_sweeps').orderBy('started_at', 'desc').first('status')).toEqual({ status: 'failed' });
    expect(await welfare('watch_leases').select()).toEqual([]);
  });

  it('a watcher finds the lease held and skips, saying who holds it', async () => {
    const now = new Date();
    await acquireLease(welfare, LEASE_NAME, 'other-host:42', now.toISOString(), new Date(now.getTime() + 60_000).toISOString());
    try {
      expect(await sweep()).toMatchObject({ households: 0, sweepId: null, skipped: { holder: 'other-host:42' } });
    } finally {
      await releaseLease(welfare, LEASE_NAME, 'other-host:42');
    }
  });

  it('two sweeps at once: one sweeps, the other is skipped', async () => {
    const before = await welfare('watch_sweeps').count({ n: '*' }).first();
    const results = await Promise.all([sweep(gateway, 'watcher-a'), sweep(gateway, 'watcher-b')]);
    const ran = results.filter((r) => r.skipped === null);
    const skipped = results.filter((r) => r.skipped !== null);
    expect(ran).toHaveLength(1);
    expect(ran[0]).toMatchObject({ households: 2 });
    expect(skipped).toHaveLength(1);
    expect(skipped[0]?.skipped?.holder).toMatch(/^watcher-[ab]$/);
    const after = await welfare('watch_sweeps').count({ n: '*' }).first();
    expect(Number(after?.n) - Number(before?.n)).toBe(1);
  });
});
