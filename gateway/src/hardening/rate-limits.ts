import { rateLimited, type Logger } from '@smart-casework/kit';
import type { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { closeRedis, connectRedis } from '../subscriptions/bus';

/** Requests per minute (RATE_LIMIT_* in .env.example); 0 turns that limit off. */
export interface RateLimitSettings {
  /** Per staff member, on /graphql. */
  perMinute: number;
  /** Per service identity (role `service`, e.g. the change watcher's batches). */
  servicePerMinute: number;
  /** Failed authentications per client address. */
  anonymousPerMinute: number;
  /** `POST /auth/dev-token` per client address. */
  devTokenPerMinute: number;
  /** Shared counters for several gateways; unset: in memory. */
  redisUrl?: string | undefined;
  /** Key prefix in Redis. */
  keyPrefix?: string;
}

export interface RateLimits {
  /** Counts one request of an authenticated caller; RATE_LIMITED once over the limit. */
  forCaller(identity: { staffId: string; role: string }): Promise<void>;
  /** Counts a failed authentication; RATE_LIMITED once over the limit. */
  failedAuthentication(address: string): Promise<void>;
  /** Counts a dev-token request. */
  forDevToken(address: string): Promise<void>;
  close(): Promise<void>;
}

type Limiter = RateLimiterAbstract | null;

/** A rejection by rate-limiter-flexible is a result (how long to wait), a store failure an Error. */
const waitOf = (rejection: unknown): number | null => {
  const ms = (rejection as { msBeforeNext?: unknown } | null)?.msBeforeNext;
  return typeof ms === 'number' ? ms : null;
};

function limiterFactory(settings: RateLimitSettings, redis: Redis | null) {
  const prefix = settings.keyPrefix ?? 'sc:rate';
  return (name: string, perMinute: number): Limiter => {
    if (perMinute <= 0) return null;
    const options = { points: perMinute, duration: 60, keyPrefix: `${prefix}:${name}` };
    // A Redis outage falls back to counting in this gateway rather than refusing everyone.
    return redis ? new RateLimiterRedis({ ...options, storeClient: redis, insuranceLimiter: new RateLimiterMemory(options) }) : new RateLimiterMemory(options);
  };
}

/** Per-user and per-address request limits, in memory or (REDIS_URL) shared through Redis. */
export function createRateLimits(settings: RateLimitSettings, logger: Logger): RateLimits {
  const redis = settings.redisUrl ? connectRedis(settings.redisUrl, logger, 'rate limits') : null;
  const limiter = limiterFactory(settings, redis);
  const staff = limiter('staff', settings.perMinute);
  const service = limiter('service', settings.servicePerMinute);
  const anonymous = limiter('anonymous', settings.anonymousPerMinute);
  const devToken = limiter('dev-token', settings.devTokenPerMinute);

  async function consume(target: Limiter, key: string): Promise<void> {
    if (!target) return;
    try {
      await target.consume(key);
    } catch (rejection) {
      const waitMs = waitOf(rejection);
      if (waitMs !== null) throw rateLimited(waitMs / 1000);
      logger.warn({ reason: (rejection as Error).message }, 'rate limit store failed; request let through');
    }
  }

  return {
    forCaller: (identity) => consume(identity.role === 'service' ? service : staff, identity.staffId),
    failedAuthentication: (address) => consume(anonymous, address),
    forDevToken: (address) => consume(devToken, address),
    async close() {
      if (redis) await closeRedis(redis);
    },
  };
}
