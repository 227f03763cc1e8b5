import type { Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { collect, dropChannelKeys, redisSkipReason, relayPolled, startNoticeStack, staffToken, TEST_REDIS_URL, uniqueChannel, wsClient, type NoticeStack } from '../testing/live';

const skipRedis = await redisSkipReason();

/** Two gateway replicas on one Redis: a notice reaches every subscriber on both, exactly once. */
describe.skipIf(skipRedis !== null)('live notices across two gateways (Redis)', () => {
  const channel = uniqueChannel();
  let stack: NoticeStack;
  const clients: Client[] = [];

  beforeAll(async () => {
    stack = await startNoticeStack(2, { REDIS_URL: TEST_REDIS_URL, NOTICE_CHANNEL: channel });
  });
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.dispose()));
    await stack?.stop();
    await dropChannelKeys(channel);
  });

  it('delivers each notice once to each subscriber on either gateway, even when published twice', async () => {
    const [a, b] = stack.gateways as [NoticeStack['gateways'][0], NoticeStack['gateways'][0]];
    const open = async (url: string, staffId: 'cw001' | 'sv001') => {
      const client = wsClient(url, await staffToken(staffId));
      clients.push(client);
      return collect(client, 'subscription { noticeAdded { id resident { name } } }');
    };
    const subscribers = { cw001OnA: await open(a.url, 'cw001'), cw001OnB: await open(b.url, 'cw001'), sv001OnB: await open(b.url, 'sv001') };
    await vi.waitFor(() => expect([a.gateway.live.hub.size(), b.gateway.live.hub.size()]).toEqual([1, 2]), { timeout: 10_000, interval: 10 });
    await relayPolled(stack.gateways);
    expect(stack.gateways.map((g) => g.gateway.live.bus.kind)).toEqual(['redis', 'redis']);
    expect(stack.gateways.filter((g) => g.gateway.live.relay?.isLeader())).toHaveLength(1);

    const first = stack.store.add({ assignedTo: 'cw001', supervisorId: 'sv001' });
    const firstIds = await Promise.all(Object.values(subscribers).map(async (s) => (await s.take(1)).map(idOf)));
    expect(firstIds).toEqual([[first.id], [first.id], [first.id]]);
    // A relay handover may publish a batch again: both gateways drop the repeat.
    await a.gateway.live.bus.publish([{ id: first.id, cursor: 'again', assignedTo: 'cw001', supervisorId: 'sv001' }]);
    const second = stack.store.add({ assignedTo: 'cw001', supervisorId: 'sv001' });
    const ids = await Promise.all(Object.values(subscribers).map(async (s) => (await s.take(2)).map(idOf)));
    expect(ids).toEqual([[first.id, second.id], [first.id, second.id], [first.id, second.id]]);
    expect(subscribers.cw001OnB.results[1]).toEqual({ data: { noticeAdded: { id: second.id, resident: { name: '住民 000900001' } } } });
  });
});

const idOf = (result: unknown) => (result as { data: { noticeAdded: { id: string } } }).data.noticeAdded.id;
