import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { createLogger, unauthenticated } from '@smart-casework/kit';
import { afterEach, describe, expect, it } from 'vitest';
import { redisSkipReason, TEST_REDIS_URL } from '../testing/live';
import { createRateLimits, type RateLimits, type RateLimitSettings } from './rate-limits';
import { withRateLimits } from './use-rate-limits';

const logger = createLogger('rate-limits-test');
const cw001 = { staffId: 'cw001', role: 'caseworker' };
const watcher = { staffId: 'svc-watcher', role: 'service' };
const settings = (overrides: Partial<RateLimitSettings> = {}): RateLimitSettings => ({ perMinute: 3, servicePerMinute: 5, anonymousPerMinute: 2, devTokenPerMinute: 2, ...overrides });

const opened: RateLimits[] = [];
const open = (s: RateLimitSettings) => {
  const limits = createRateLimits(s, logger);
  opened.push(limits);
  return limits;
};
afterEach(async () => {
  await Promise.all(opened.splice(0).map((l) => l.close()));
});

async function countUntilRefused(call: () => Promise<void>, max = 20): Promise<{ allowed: number; error: unknown }> {
  for (let allowed = 0; allowed < max; allowed++) {
    try {
      await call();
    } catch (error) {
      return { allowed, error };
    }
  }
  return { allowed: max, error: null };
}

describe('rate limits (in memory)', () => {
  it('counts each staff member on their own and refuses with RATE_LIMITED, HTTP 429 and Retry-After', async () => {
    const limits = open(settings());
    const { allowed, error } = await countUntilRefused(() => limits.forCaller(cw001));
    expect(allowed).toBe(3);
    expect(error).toMatchObject({ message: expect.stringMatching(/照会が多すぎます/), extensions: { code: 'RATE_LIMITED', messageEn: expect.stringMatching(/Too many requests/), http: { status: 429 } } });
    expect((error as { extensions: { retryAfter: number } }).extensions.retryAfter).toBeGreaterThanOrEqual(1);
    await expect(limits.forCaller({ staffId: 'cw002', role: 'caseworker' })).resolves.toBeUndefined();
  });

  it('gives service identities (the watcher) their own, higher limit', async () => {
    const limits = open(settings());
    expect((await countUntilRefused(() => limits.forCaller(watcher))).allowed).toBe(5);
  });

  it('counts failed sign-ins and dev tokens per address; 0 turns a limit off', async () => {
    const limits = open(settings({ perMinute: 0 }));
    expect((await countUntilRefused(() => limits.failedAuthentication('10.0.0.1'))).allowed).toBe(2);
    expect((await countUntilRefused(() => limits.forDevToken('10.0.0.1'))).allowed).toBe(2);
    expect((await countUntilRefused(() => limits.forCaller(cw001), 50)).allowed).toBe(50);
  });
});

describe('withRateLimits (the /graphql context)', () => {
  const req = { socket: { remoteAddress: '10.0.0.9' }, headers: {} } as unknown as IncomingMessage;

  it('answers 429 instead of 401 once an address has failed too often, and counts signed-in callers', async () => {
    const limits = open(settings());
    const failing = withRateLimits(async () => { throw unauthenticated('Invalid token'); }, limits);
    const codes: unknown[] = [];
    for (let i = 0; i < 3; i++) codes.push(await failing(req).catch((e: { extensions: { code: unknown } }) => e.extensions.code));
    expect(codes).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED', 'RATE_LIMITED']);

    const signedIn = withRateLimits(async () => ({ caller: { identity: cw001 } }), limits);
    for (let i = 0; i < 3; i++) await signedIn(req);
    await expect(signedIn(req)).rejects.toMatchObject({ extensions: { code: 'RATE_LIMITED' } });
  });
});

const skipRedis = await redisSkipReason();

describe.skipIf(skipRedis !== null)('rate limits shared through Redis (REDIS_URL)', () => {
  it('two gateways draw on one count', async () => {
    const keyPrefix = `sc:test-rate:${randomUUID()}`;
    const a = open(settings({ redisUrl: TEST_REDIS_URL, keyPrefix }));
    const b = open(settings({ redisUrl: TEST_REDIS_URL, keyPrefix }));
    await a.forCaller(cw001);
    await b.forCaller(cw001);
    await a.forCaller(cw001);
    await expect(b.forCaller(cw001)).rejects.toMatchObject({ extensions: { code: 'RATE_LIMITED' } });
  });
});
