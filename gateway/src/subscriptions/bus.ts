import { EventEmitter } from 'node:events';
import type { Logger } from '@smart-casework/kit';
import { Redis } from 'ioredis';
import { z } from 'zod';
import type { GatewayConfig } from '../config';

/** What the relay publishes for each new notice: enough to decide who may receive it, no personal data. */
export const noticeEventSchema = z.object({
  id: z.string().min(1),
  cursor: z.string(),
  assignedTo: z.string().nullable(),
  supervisorId: z.string().nullable(),
});
export type NoticeEvent = z.infer<typeof noticeEventSchema>;

export type NoticeListener = (event: NoticeEvent) => void;

export interface NoticeBus {
  kind: 'memory' | 'redis';
  /** Sends events to every gateway listening on the bus (this one included). */
  publish(events: readonly NoticeEvent[]): Promise<void>;
  subscribe(listener: NoticeListener): () => void;
  /** Resolves once events published from now on will be heard (Redis: the channel is subscribed). */
  ready: Promise<void>;
  /** The command connection (Redis only), shared with the relay's lock. */
  redis?: Redis;
  close(): Promise<void>;
}

type BusConfig = Pick<GatewayConfig, 'REDIS_URL' | 'NOTICE_CHANNEL'>;

/** One gateway process: events never leave it. */
export function createMemoryBus(): NoticeBus {
  const emitter = new EventEmitter();
  // Every open subscription of every socket listens through one hub, but tests add more.
  emitter.setMaxListeners(0);
  return {
    kind: 'memory',
    async publish(events) {
      for (const event of events) emitter.emit('notice', event);
    },
    subscribe(listener) {
      emitter.on('notice', listener);
      return () => void emitter.off('notice', listener);
    },
    ready: Promise.resolve(),
    async close() {
      emitter.removeAllListeners();
    },
  };
}

/**
 * ioredis retries forever and reports every failed attempt: log the first failure and the
 * recovery only, so that a Redis outage is one warning, not four a second.
 */
export function connectRedis(url: string, logger: Logger, role: string): Redis {
  const redis = new Redis(url, { maxRetriesPerRequest: 2, enableAutoPipelining: false });
  let failing = false;
  redis.on('error', (error: Error) => {
    if (!failing) logger.warn({ role, reason: error.message }, 'redis unreachable; live notices wait for it');
    failing = true;
  });
  redis.on('ready', () => {
    if (failing) logger.info({ role }, 'redis reachable again');
    failing = false;
  });
  return redis;
}

/** QUIT when connected (pending replies arrive first); a connection still retrying is just dropped. */
export async function closeRedis(redis: Redis): Promise<void> {
  if (redis.status === 'ready') await redis.quit().catch(() => undefined);
  redis.disconnect();
}

function parseMessage(message: string, logger: Logger): NoticeEvent[] {
  try {
    return z.array(noticeEventSchema).parse(JSON.parse(message));
  } catch (error) {
    logger.warn({ reason: (error as Error).message }, 'notice bus: message ignored');
    return [];
  }
}

/** Redis pub/sub: a batch of events is one message on the channel, heard by every replica. */
export function createRedisBus(url: string, channel: string, logger: Logger): NoticeBus {
  const redis = connectRedis(url, logger, 'commands');
  // A connection in subscriber mode can run no other command, hence a second one.
  const subscriber = connectRedis(url, logger, 'subscriber');
  const local = createMemoryBus();
  subscriber.on('message', (from: string, message: string) => {
    if (from === channel) void local.publish(parseMessage(message, logger));
  });
  const ready = subscriber.subscribe(channel).then(() => undefined);
  // Nobody may be awaiting `ready` yet; its failure is logged by the error handler above.
  ready.catch(() => undefined);
  return {
    kind: 'redis',
    async publish(events) {
      if (events.length > 0) await redis.publish(channel, JSON.stringify(events));
    },
    subscribe: (listener) => local.subscribe(listener),
    ready,
    redis,
    async close() {
      await local.close();
      await Promise.all([closeRedis(subscriber), closeRedis(redis)]);
    },
  };
}

/** Redis pub/sub when REDIS_URL is set (several gateway replicas), in memory otherwise. */
export function createNoticeBus(config: BusConfig, logger: Logger): NoticeBus {
  return config.REDIS_URL ? createRedisBus(config.REDIS_URL, config.NOTICE_CHANNEL, logger) : createMemoryBus();
}
