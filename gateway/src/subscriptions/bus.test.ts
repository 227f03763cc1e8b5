import { createLogger } from '@smart-casework/kit';
import { afterAll, describe, expect, it } from 'vitest';
import { createMemoryBus, createNoticeBus, type NoticeBus, type NoticeEvent } from './bus';
import { redisSkipReason, TEST_REDIS_URL, uniqueChannel } from '../testing/live';

const logger = createLogger('test-bus');
const event = (id: string): NoticeEvent => ({ id, cursor: `c${id}`, assignedTo: 'cw001', supervisorId: null });

/** Resolves with the first `n` events a listener hears. */
function hear(bus: NoticeBus, n: number): Promise<string[]> {
  const heard: string[] = [];
  return new Promise((resolve) => {
    const stop = bus.subscribe((e) => {
      heard.push(e.id);
      if (heard.length < n) return;
      stop();
      resolve(heard);
    });
  });
}

describe('memory bus', () => {
  it('is chosen without REDIS_URL and hands every event to every listener in order', async () => {
    const bus = createNoticeBus({ REDIS_URL: undefined, NOTICE_CHANNEL: 'sc:notices' }, logger);
    expect(bus.kind).toBe('memory');
    const [a, b] = [hear(bus, 2), hear(bus, 2)];
    await bus.publish([event('N1'), event('N2')]);
    expect(await Promise.all([a, b])).toEqual([['N1', 'N2'], ['N1', 'N2']]);
    await bus.close();
  });

  it('stops calling a listener that unsubscribed', async () => {
    const bus = createMemoryBus();
    const heard: string[] = [];
    const stop = bus.subscribe((e) => void heard.push(e.id));
    await bus.publish([event('N1')]);
    stop();
    await bus.publish([event('N2')]);
    expect(heard).toEqual(['N1']);
  });
});

const skipRedis = await redisSkipReason();

describe.skipIf(skipRedis !== null)('redis bus', () => {
  const buses: NoticeBus[] = [];
  const open = (channel: string) => {
    const bus = createNoticeBus({ REDIS_URL: TEST_REDIS_URL, NOTICE_CHANNEL: channel }, logger);
    buses.push(bus);
    return bus;
  };
  afterAll(async () => {
    await Promise.all(buses.map((b) => b.close()));
  });

  it('carries a batch from one process to every bus on the channel, and only that channel', async () => {
    const channel = uniqueChannel();
    const [a, b, elsewhere] = [open(channel), open(channel), open(uniqueChannel())];
    expect(a.kind).toBe('redis');
    await Promise.all([a.ready, b.ready, elsewhere.ready]);
    const strayed: string[] = [];
    elsewhere.subscribe((e) => void strayed.push(e.id));
    const [onA, onB] = [hear(a, 2), hear(b, 2)];
    await a.publish([event('N1'), event('N2')]);
    expect(await Promise.all([onA, onB])).toEqual([['N1', 'N2'], ['N1', 'N2']]);
    // The other channel's bus hears its own publication and nothing before it.
    const own = hear(elsewhere, 1);
    await elsewhere.publish([event('X1')]);
    expect(await own).toEqual(['X1']);
    expect(strayed).toEqual(['X1']);
  });

  it('ignores a message that is not a batch of events', async () => {
    const channel = uniqueChannel();
    const bus = open(channel);
    await bus.ready;
    const heard = hear(bus, 1);
    await bus.redis?.publish(channel, '{"not":"events"}');
    await bus.publish([event('N9')]);
    expect(await heard).toEqual(['N9']);
  });
});
