import { startGateway } from '@smart-casework/gateway';
import { composeSupergraph } from '@smart-casework/gateway/compose';
import type { GatewayConfig } from '@smart-casework/gateway/config';
import { collect, dropChannelKeys, redisSkipReason, relayPolled, TEST_REDIS_URL, uniqueChannel, wsClient } from '@smart-casework/gateway/testing/live';
import type { Knex } from '@smart-casework/kit';
import { gatewayClient, runSweep } from '@smart-casework/welfare/watcher/sweep';
import type { Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startStack, type Stack } from '../stack';
import { baby, child, e2eCity, elder, grandfather, mother } from './city';
import { recertifyCare, recordDeath, registerVehicle, reviseAllowance } from './watcher-changes';

type Running = Awaited<ReturnType<typeof startGateway>>;
interface LiveNotice { kind: string; summary: string; assignedTo: { staffId: string }; resident: { atenaNo: string; name: string; household: { members: { name: string }[] } } }

const SUBSCRIPTION = `subscription Inbox {
  noticeAdded { kind summary assignedTo { staffId } resident { atenaNo name household { members { name } } } }
}`;
/** 氏名 as the registry prints it: surname and given name with a full-width space. */
const nameOf = (person: { surname: string; givenName: string }) => `${person.surname}\u3000${person.givenName}`;
const notice = (result: unknown) => {
  const { data, errors } = result as { data?: { noticeAdded: LiveNotice }; errors?: unknown[] };
  expect(errors).toBeUndefined();
  return data!.noticeAdded;
};

const redisSkip = await redisSkipReason();

/**
 * A change in a department → the watcher's sweep → the notice in welfare → received over
 * graphql-ws, with the resident and household resolved through the federated graph.
 */
describe('live change notices through the gateway', () => {
  let stack: Stack;
  let welfare: Knex;
  const gateways: Running[] = [];
  const clients: Client[] = [];
  const db = (name: string) => stack.departments.get(name)!.db;
  const sweep = () => runSweep({ db: welfare, gateway: gatewayClient(stack.gatewayUrl, undefined), holder: 'e2e-live', batchSize: 10 });
  /** Another gateway over the stack's departments (the stack's own does not expose its live state). */
  const gateway = async (config: Partial<GatewayConfig> = {}) => {
    const urls = Object.fromEntries([...stack.departments].map(([name, d]) => [name, d.url]));
    const started = await startGateway({ port: 0, supergraphSdl: composeSupergraph([...stack.departments.keys()]).supergraphSdl, urls, config: { AUTH_MODE: 'dev', NOTICE_POLL_MS: 20, ...config } });
    gateways.push(started);
    return started;
  };
  const subscribe = async (on: Running, staffId: string) => {
    const client = wsClient(on.url, await stack.token(staffId));
    clients.push(client);
    return collect(client, SUBSCRIPTION);
  };
  const registered = async (expected: [Running, number][]) => {
    await vi.waitFor(() => expect(expected.map(([g]) => g.gateway.live.hub.size())).toEqual(expected.map(([, n]) => n)), { timeout: 15_000, interval: 20 });
    await relayPolled(expected.map(([g]) => g));
  };

  beforeAll(async () => {
    stack = await startStack({ city: e2eCity() });
    welfare = db('welfare');
    expect(await sweep()).toMatchObject({ notices: 0 });
  });
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.dispose()));
    for (const g of gateways) await g.stop();
    await stack?.stop();
  });

  it('delivers each new notice to its caseworker and the supervisor, resolved across subgraphs', async () => {
    const live = await gateway();
    const [cw001, cw002, sv001] = [await subscribe(live, 'cw001'), await subscribe(live, 'cw002'), await subscribe(live, 'sv001')];
    await registered([[live, 3]]);
    await reviseAllowance(db('child'), mother.atenaNo, '児童扶養手当', 11_030, '2025-11-01', '所得変更');
    expect(await sweep()).toMatchObject({ notices: 1 });
    await recertifyCare(db('care'), elder.atenaNo, '要介護3', '2025-09-01');
    expect(await sweep()).toMatchObject({ notices: 1 });

    const [allowance] = (await cw001.take(1)).map(notice);
    expect(allowance).toMatchObject({ kind: '児童扶養手当額変更', assignedTo: { staffId: 'cw001' }, resident: { atenaNo: mother.atenaNo, name: nameOf(mother) } });
    expect(allowance!.resident.household.members.map((m) => m.name).sort()).toEqual([mother, grandfather, child, baby].map(nameOf).sort());
    expect((await cw002.take(1)).map(notice).map((n) => [n.kind, n.resident.atenaNo])).toEqual([['介護認定変更', elder.atenaNo]]);
    expect((await sv001.take(2)).map(notice).map((n) => n.kind)).toEqual(['児童扶養手当額変更', '介護認定変更']);
    // cw001 received nothing of cw002's: its next notice is its own next change.
    await registerVehicle(db('tax'), mother.atenaNo, '鳥取 580 い 56-78', '2025-09-12');
    expect(await sweep()).toMatchObject({ notices: 1 });
    expect((await cw001.take(2)).map(notice).map((n) => n.kind)).toEqual(['児童扶養手当額変更', '軽自動車取得']);
  });

  describe.skipIf(redisSkip !== null)('two gateways on Redis', () => {
    const channel = uniqueChannel();
    afterAll(() => dropChannelKeys(channel));

    it('both deliver each notice, once per subscriber', async () => {
      const [a, b] = [await gateway({ REDIS_URL: TEST_REDIS_URL, NOTICE_CHANNEL: channel }), await gateway({ REDIS_URL: TEST_REDIS_URL, NOTICE_CHANNEL: channel })];
      const subscribers = [await subscribe(a, 'cw001'), await subscribe(b, 'cw001'), await subscribe(b, 'sv001')];
      await registered([[a, 1], [b, 2]]);
      expect([a, b].filter((g) => g.gateway.live.relay?.isLeader())).toHaveLength(1);
      await recordDeath(db('residents'), grandfather.atenaNo, '2025-09-20');
      expect(await sweep()).toMatchObject({ notices: 1 });
      await reviseAllowance(db('child'), mother.atenaNo, '児童扶養手当', 0, '2025-12-01', '所得変更');
      expect(await sweep()).toMatchObject({ notices: 1 });
      for (const subscriber of subscribers) {
        const received = (await subscriber.take(2)).map(notice);
        expect(received.map((n) => n.kind)).toEqual(['死亡', '児童扶養手当額変更']);
        expect(received[1]!.resident.household.members.map((m) => m.name).sort()).toEqual([mother, child, baby].map(nameOf).sort());
      }
    });
  });
});
