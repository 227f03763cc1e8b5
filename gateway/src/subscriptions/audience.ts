import type { Redis } from 'ioredis';
import type { NoticeHub } from './hub';

/**
 * Whether anyone listens for notices. The relay polls welfare only then: a gateway nobody
 * subscribes to adds no load (and no SQL statements) to welfare.
 */
export interface Audience {
  /** Called on every gateway at every tick: tells the others when this one has subscribers. */
  announce(): Promise<void>;
  /** Whether any gateway has subscribers. */
  listening(): Promise<boolean>;
}

/** One gateway: its own subscribers. */
export function localAudience(hub: Pick<NoticeHub, 'size'>): Audience {
  return { announce: async () => undefined, listening: async () => hub.size() > 0 };
}

/** Replicas with subscribers keep a key alive in Redis; the leader, wherever it runs, checks it. */
export function redisAudience(hub: Pick<NoticeHub, 'size'>, redis: Redis, prefix: string, ttlMs: number): Audience {
  const key = `${prefix}:relay-listening`;
  return {
    async announce() {
      if (hub.size() > 0) await redis.set(key, '1', 'PX', ttlMs);
    },
    listening: async () => hub.size() > 0 || (await redis.exists(key)) === 1,
  };
}
