import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';

/** Where the relay stands: after this cursor (null: before the first notice). */
export interface RelayPosition {
  after: string | null;
}

/** Who relays, and where the relay stopped; shared by every gateway replica. */
export interface RelayLease {
  /** Takes or keeps the leadership; false while another gateway holds it. */
  hold(): Promise<boolean>;
  /** The position the last leader stored, or null when no relay ever ran. */
  loadPosition(): Promise<RelayPosition | null>;
  /** Stores the position; false (nothing stored) when this gateway is no longer the leader. */
  savePosition(position: RelayPosition): Promise<boolean>;
  /** Lets another gateway lead at once instead of after the lease expires. */
  release(): Promise<void>;
}

/** One gateway: it always leads, and its position lives as long as it does. */
export function createMemoryLease(): RelayLease {
  let position: RelayPosition | null = null;
  return {
    hold: async () => true,
    loadPosition: async () => position,
    async savePosition(next) {
      position = next;
      return true;
    },
    release: async () => undefined,
  };
}

// Each script checks that the lock is still ours: a leader that paused past its lease must not
// extend, release or move the cursor of the one that took over.
const RENEW = "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('pexpire', KEYS[1], ARGV[2]) else return 0 end";
const RELEASE = "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end";
const SAVE = "if redis.call('get', KEYS[1]) == ARGV[1] then redis.call('set', KEYS[2], ARGV[2]) return 1 else return 0 end";

export interface RedisLeaseOptions {
  redis: Redis;
  /** Key prefix (the notice channel): `<prefix>:relay-leader`, `<prefix>:relay-position`. */
  prefix: string;
  /** How long the lock outlives a leader that stopped renewing it, in ms. */
  ttlMs: number;
}

/** A lock (SET NX PX, renewed while leading) and the relay's position, in Redis. */
export function createRedisLease(options: RedisLeaseOptions): RelayLease {
  const { redis, ttlMs } = options;
  const lockKey = `${options.prefix}:relay-leader`;
  const positionKey = `${options.prefix}:relay-position`;
  const owner = randomUUID();
  let held = false;
  return {
    async hold() {
      if (held && (await redis.eval(RENEW, 1, lockKey, owner, ttlMs)) === 1) return true;
      held = (await redis.set(lockKey, owner, 'PX', ttlMs, 'NX')) === 'OK';
      return held;
    },
    async loadPosition() {
      const stored = await redis.get(positionKey);
      if (stored === null) return null;
      const parsed = JSON.parse(stored) as Partial<RelayPosition>;
      return { after: typeof parsed.after === 'string' ? parsed.after : null };
    },
    async savePosition(position) {
      return (await redis.eval(SAVE, 2, lockKey, positionKey, owner, JSON.stringify(position))) === 1;
    },
    async release() {
      if (held) await redis.eval(RELEASE, 1, lockKey, owner);
      held = false;
    },
  };
}
