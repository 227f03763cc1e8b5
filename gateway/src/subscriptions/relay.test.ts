import { createLogger } from '@smart-casework/kit';
import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { createMemoryBus, type NoticeEvent } from './bus';
import type { Audience } from './audience';
import { createNoticeRelay, type NoticeRelay } from './relay';
import { createMemoryLease, createRedisLease, type RelayLease } from './relay-lease';
import type { NoticeSource } from './welfare-notices';
import { dropChannelKeys, redisSkipReason, TEST_REDIS_URL, uniqueChannel } from '../testing/live';

const logger = createLogger('test-relay');

/** Welfare's notices in arrival order, paged `pageSize` at a time; `down` makes it fail. */
function fakeWelfare(pageSize = 2) {
  const events: NoticeEvent[] = [];
  const state = { down: false, failures: 0 };
  const source: NoticeSource = {
    async page(after) {
      if (state.down) {
        state.failures++;
        throw new Error('connect ECONNREFUSED');
      }
      const from = after === null ? 0 : Number(after.slice(1));
      const slice = events.slice(from, from + pageSize);
      return { events: slice, endCursor: slice.length > 0 ? `c${from + slice.length}` : null, hasNextPage: from + slice.length < events.length };
    },
  };
  const add = (...ids: string[]) => ids.forEach((id) => events.push({ id, cursor: `c${events.length + 1}`, assignedTo: 'cw001', supervisorId: null }));
  return { source, add, state };
}

function published() {
  const bus = createMemoryBus();
  const ids: string[] = [];
  bus.subscribe((e) => void ids.push(e.id));
  return { bus, ids };
}

/** Someone listens unless `on` is false; counts how often the relay asked. */
function audience(on = true) {
  const state = { on, asked: 0 };
  const a: Audience = { announce: async () => undefined, listening: async () => (state.asked++, state.on) };
  return { audience: a, state };
}

const relays: NoticeRelay[] = [];
function relay(source: NoticeSource, bus: ReturnType<typeof createMemoryBus>, lease: RelayLease = createMemoryLease({ freshMs: 60_000 }), listeners = audience().audience) {
  const r = createNoticeRelay({ source, bus, lease, audience: listeners, intervalMs: 5, logger });
  relays.push(r);
  r.start();
  return r;
}
afterAll(async () => {
  await Promise.all(relays.map((r) => r.stop()));
});

describe('notice relay (one gateway)', () => {
  it('starts from the current end and publishes only new notices, in arrival order, across pages', async () => {
    const welfare = fakeWelfare();
    welfare.add('N1', 'N2', 'N3');
    const { bus, ids } = published();
    const r = relay(welfare.source, bus);
    await r.nextPoll();
    welfare.add('N4', 'N5', 'N6', 'N7', 'N8');
    await r.nextPoll();
    expect(ids).toEqual(['N4', 'N5', 'N6', 'N7', 'N8']);
    await r.stop();
  });

  it('publishes every notice of an empty welfare from the first', async () => {
    const welfare = fakeWelfare();
    const { bus, ids } = published();
    const r = relay(welfare.source, bus);
    await r.nextPoll();
    welfare.add('N1');
    await r.nextPoll();
    expect(ids).toEqual(['N1']);
    await r.stop();
  });

  it('polls welfare only while someone listens; a short quiet spell loses nothing', async () => {
    const welfare = fakeWelfare();
    const { bus, ids } = published();
    const listeners = audience();
    const r = relay(welfare.source, bus, createMemoryLease({ freshMs: 60_000 }), listeners.audience);
    await r.nextPoll();
    welfare.add('N1');
    await r.nextPoll();
    listeners.state.on = false;
    const asked = listeners.state.asked;
    welfare.state.down = true;
    // Three ticks without listeners, and welfare (down) was not asked once.
    while (listeners.state.asked < asked + 3) await new Promise((resolve) => setTimeout(resolve, 5));
    expect(welfare.state.failures).toBe(0);
    welfare.state.down = false;
    welfare.add('N2');
    listeners.state.on = true;
    await r.nextPoll();
    expect(ids).toEqual(['N1', 'N2']);
    await r.stop();
  });

  it('after a long quiet spell, notices from before the listeners came back are not live', async () => {
    const welfare = fakeWelfare();
    const { bus, ids } = published();
    const listeners = audience();
    const r = relay(welfare.source, bus, createMemoryLease({ freshMs: 0 }), listeners.audience);
    await r.nextPoll();
    welfare.add('N1');
    await r.nextPoll();
    listeners.state.on = false;
    const asked = listeners.state.asked;
    while (listeners.state.asked < asked + 2) await new Promise((resolve) => setTimeout(resolve, 5));
    welfare.add('N2', 'N3', 'N4');
    listeners.state.on = true;
    await r.nextPoll();
    welfare.add('N5');
    await r.nextPoll();
    expect(ids).toEqual(['N1', 'N5']);
    await r.stop();
  });

  it('keeps its position while welfare is down and catches up after', async () => {
    const welfare = fakeWelfare();
    welfare.add('N1');
    const { bus, ids } = published();
    const r = relay(welfare.source, bus);
    await r.nextPoll();
    welfare.state.down = true;
    welfare.add('N2', 'N3');
    while (welfare.state.failures < 2) await new Promise((resolve) => setTimeout(resolve, 5));
    welfare.state.down = false;
    await r.nextPoll();
    expect(ids).toEqual(['N2', 'N3']);
    await r.stop();
  });
});

const skipRedis = await redisSkipReason();

describe.skipIf(skipRedis !== null)('notice relay leader (Redis)', () => {
  const connections: Redis[] = [];
  const channels: string[] = [];
  const lease = (channel: string, ttlMs = 2000, freshMs = 3 * ttlMs) => {
    const redis = new Redis(TEST_REDIS_URL);
    connections.push(redis);
    return createRedisLease({ redis, prefix: channel, ttlMs, freshMs });
  };
  const channel = () => {
    const c = uniqueChannel();
    channels.push(c);
    return c;
  };
  afterAll(async () => {
    await Promise.all(relays.map((r) => r.stop()));
    connections.forEach((r) => r.disconnect());
    await Promise.all(channels.map((c) => dropChannelKeys(c)));
  });

  it('one leader at a time; a stale leader can neither renew nor move the position', async () => {
    const c = channel();
    const [a, b] = [lease(c, 200), lease(c, 200)];
    expect(await a.hold()).toBe(true);
    expect(await b.hold()).toBe(false);
    expect(await a.savePosition({ after: 'c1' })).toBe(true);
    // a stops renewing (a pause, a crash): b takes over once the lock expired.
    while (!(await b.hold())) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await a.savePosition({ after: 'c9' })).toBe(false);
    expect(await a.hold()).toBe(false);
    expect(await b.loadPosition()).toEqual({ position: { after: 'c1' }, fresh: true });
    await a.release();
    expect(await b.hold()).toBe(true);
  });

  it('a stored position goes stale when no leader saves it', async () => {
    const c = channel();
    const a = lease(c, 2000, 100);
    expect(await a.loadPosition()).toEqual({ position: null, fresh: false });
    expect(await a.hold()).toBe(true);
    await a.savePosition({ after: 'c3' });
    expect(await a.loadPosition()).toEqual({ position: { after: 'c3' }, fresh: true });
    while ((await a.loadPosition()).fresh) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await a.loadPosition()).toEqual({ position: { after: 'c3' }, fresh: false });
  });

  it('a new leader continues where the old one stopped: nothing lost, nothing twice', async () => {
    const c = channel();
    const welfare = fakeWelfare();
    welfare.add('N1');
    const { bus, ids } = published();
    const first = relay(welfare.source, bus, lease(c));
    await first.nextPoll();
    const second = relay(welfare.source, bus, lease(c));
    welfare.add('N2');
    await first.nextPoll();
    expect(second.isLeader()).toBe(false);
    await first.stop();
    // Added while nobody leads: the successor must start from the stored position, not the end.
    welfare.add('N3', 'N4', 'N5');
    await second.nextPoll();
    expect(second.isLeader()).toBe(true);
    expect(ids).toEqual(['N2', 'N3', 'N4', 'N5']);
  });

  it('takes over from a leader that died without releasing the lock', async () => {
    const c = channel();
    const welfare = fakeWelfare();
    const { bus, ids } = published();
    const dying = lease(c, 300);
    const first = relay(welfare.source, bus, { ...dying, release: async () => undefined });
    await first.nextPoll();
    welfare.add('N1');
    await first.nextPoll();
    const second = relay(welfare.source, bus, lease(c, 300));
    await first.stop();
    welfare.add('N2');
    await second.nextPoll();
    expect(ids).toEqual(['N1', 'N2']);
  });
});
