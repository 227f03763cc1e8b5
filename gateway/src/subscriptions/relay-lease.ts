import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';

/** Where the relay stands: after this cursor (null: before the first notice). */
export interface RelayPosition {
  after: string | null;
}

/** The position the last leader stored, and whether a relay was delivering from it just now. */
export interface StoredPosition {
  position: RelayPosition | null;
  /**
   * Saved within the freshness window: a leader was relaying to listeners, so a successor
   * continues from it (nothing lost at a handover). Stale: nobody listened meanwhile, and the
   * notices since are not live any more.
   */
  fresh: boolean;
}

/** Who relays, and where the relay stopped; shared by every gateway replica. */
export interface RelayLease {
  /** Takes or keeps the leadership; false while another gateway holds it. */
  hold(): Promise<boolean>;
  loadPosition(): Promise<StoredPosition>;
  /** Stores the position and marks it fresh; false (nothing stored) when this gateway no longer leads. */
  savePosition(position: RelayPosition): Promise<boolean>;
  /** Lets another gateway lead at once instead of after the lease expires. */
  release(): Promise<void>;
}

/** One gateway: it always leads, and its position lives as long as it does. */
export function createMemoryLease(options: { freshMs: number }): RelayLease {
  let stored: { position: RelayPosition; savedAt: number } | null = null;
  return {
    hold: async () => true,
    loadPosition: async () => ({ position: stored?.position ?? null, fresh: stored !== null && Date.now() - stored.savedAt < options.freshMs }),
    async savePosition(position) {
      stored = { position, savedAt: Date.now() };
      return true;
    },
    release: async () => undefined,
  };
}

// Each script checks that the lock is still ours: a leader that paused past its lease must not
// extend, release or move the position of the one that took over.
const RENEW = "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('pexpire', KEYS[1], ARGV[2]) else return 0 end";
const RELEASE = "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end";
const SAVE = `if redis.call('get', KEYS[1]) ~= ARGV[1] then return 0 end
redis.call('set', KEYS[2], ARGV[2])
redis.call('set', KEYS[3], '1', 'PX', ARGV[3])
return 1`;

export interface RedisLeaseOptions {
  redis: Redis;
  /** Key prefix (the notice channel): `<prefix>:relay-leader`, `<prefix>:relay-position`, `<prefix>:relay-fresh`. */
  prefix: string;
  /** How long the lock outlives a leader that stopped renewing it, in ms. */
  ttlMs: number;
  /** How long a saved position counts as fresh; longer than a handover takes (2 × ttlMs and more). */
  freshMs: number;
}

/** A lock (SET NX PX, renewed while leading) and the relay's position, in Redis. */
export function createRedisLease(options: RedisLeaseOptions): RelayLease {
  const { redis, ttlMs, freshMs } = options;
  const [lockKey, positionKey, freshKey] = ['relay-leader', 'relay-position', 'relay-fresh'].map((k) => `${options.prefix}:${k}`) as [string, string, string];
  const owner = randomUUID();
  let held = false;
  return {
    async hold() {
      if (held && (await redis.eval(RENEW, 1, lockKey, owner, ttlMs)) === 1) return true;
      held = (await redis.set(lockKey, owner, 'PX', ttlMs, 'NX')) === 'OK';
      return held;
    },
    async loadPosition() {
      const [stored, fresh] = await Promise.all([redis.get(positionKey), redis.exists(freshKey)]);
      if (stored === null) return { position: null, fresh: false };
      const parsed = JSON.parse(stored) as Partial<RelayPosition>;
      return { position: { after: typeof parsed.after === 'string' ? parsed.after : null }, fresh: fresh === 1 };
    },
    async savePosition(position) {
      return (await redis.eval(SAVE, 3, lockKey, positionKey, freshKey, owner, JSON.stringify(position), freshMs)) === 1;
    },
    async release() {
      if (held) await redis.eval(RELEASE, 1, lockKey, owner);
      held = false;
    },
  };
}
