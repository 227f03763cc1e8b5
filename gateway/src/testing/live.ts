import { randomBytes } from 'node:crypto';
import { startDepartment, type RunningSubgraph } from '@smart-casework/kit';
import { createClient, type Client } from 'graphql-ws';
import { Redis } from 'ioredis';
import WebSocket from 'ws';
import { startGateway, type Gateway } from '../app';
import { signDevToken } from '../auth';
import { composeSupergraph } from '../compose';
import { DEV_JWT_SECRET_DEFAULT, type GatewayConfig } from '../config';
import { createNoticeStore, fakeNoticeResidents, fakeNoticeWelfare, NOTICE_SDL, NOTICE_STAFF, type NoticeStore } from './fake-notices';

/** Helpers for the live-delivery tests: Redis when reachable, a notice stack, graphql-ws clients. */

export const TEST_REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/** Null when Redis answers; otherwise why, after a visible warning (under CI=true: an error). */
export async function redisSkipReason(url = TEST_REDIS_URL): Promise<string | null> {
  const redis = new Redis(url, { lazyConnect: true, connectTimeout: 2000, maxRetriesPerRequest: 0, retryStrategy: () => null });
  redis.on('error', () => undefined);
  let reason: string | null = null;
  try {
    await redis.connect();
    await redis.ping();
  } catch (error) {
    reason = (error as Error).message;
  } finally {
    redis.disconnect();
  }
  if (reason === null) return null;
  const message = `Redis at ${url.replace(/\/\/[^@]*@/, '//')} is not reachable (${reason})`;
  if (process.env.CI === 'true') throw new Error(`${message}; under CI=true it is required`);
  console.warn(`\n⚠ SKIPPING Redis tests: ${message}\n`);
  return message;
}

/** A channel (and key prefix) of its own, so that test files running at once do not hear each other. */
export const uniqueChannel = () => `sc:test:${randomBytes(4).toString('hex')}`;

/** Drops the relay's keys under a test channel. */
export async function dropChannelKeys(channel: string, url = TEST_REDIS_URL): Promise<void> {
  const redis = new Redis(url, { maxRetriesPerRequest: 0 });
  try {
    await redis.del(['relay-leader', 'relay-position', 'relay-fresh', 'relay-listening'].map((key) => `${channel}:${key}`));
  } finally {
    redis.disconnect();
  }
}

export const staffToken = (staffId: keyof typeof NOTICE_STAFF) => signDevToken(NOTICE_STAFF[staffId], DEV_JWT_SECRET_DEFAULT);

export interface NoticeStack {
  store: NoticeStore;
  gateways: { url: string; gateway: Gateway; stop(): Promise<void> }[];
  stop(): Promise<void>;
}

/** Fake residents and welfare with notices, and `count` gateways over them. */
export async function startNoticeStack(count: number, config: Partial<GatewayConfig> = {}): Promise<NoticeStack> {
  const store = createNoticeStore();
  const db = { client: 'better-sqlite3', url: ':memory:' } as const;
  const subgraphs: RunningSubgraph[] = await Promise.all([startDepartment(fakeNoticeResidents, { port: 0, db }), startDepartment(fakeNoticeWelfare(store), { port: 0, db })]);
  const urls = Object.fromEntries(subgraphs.map((s) => [s.name, s.url]));
  const { supergraphSdl } = composeSupergraph(['residents', 'welfare'], { ...NOTICE_SDL });
  const gateways: NoticeStack['gateways'] = [];
  for (let i = 0; i < count; i++) {
    gateways.push(await startGateway({ port: 0, supergraphSdl, urls, config: { AUTH_MODE: 'dev', SUBGRAPH_TIMEOUT_MS: 2000, NOTICE_POLL_MS: 20, ...config } }));
  }
  return {
    store,
    gateways,
    async stop() {
      await Promise.all(gateways.map((g) => g.stop()));
      await Promise.all(subgraphs.map((s) => s.stop()));
    },
  };
}

/** Resolves once some gateway's relay has polled as the leader: notices added from now on are new. */
export async function relayPolled(gateways: readonly { gateway: Gateway }[]): Promise<void> {
  await Promise.all(gateways.map((g) => g.gateway.live.bus.ready));
  await Promise.race(gateways.map((g) => g.gateway.live.relay?.nextPoll() ?? new Promise<never>(() => undefined)));
}

/** A graphql-ws client that does not retry, so that a refusal reaches the test. */
export function wsClient(gatewayUrl: string, token?: string): Client {
  return createClient({
    url: gatewayUrl.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    connectionParams: token === undefined ? {} : { authorization: `Bearer ${token}` },
    retryAttempts: 0,
  });
}

/** Collects a subscription's results; `take(n)` resolves with the first n. */
export function collect(client: Client, query: string, variables: Record<string, unknown> = {}) {
  const results: unknown[] = [];
  let failure: unknown = null;
  let ended = false;
  let waiting: (() => void) | null = null;
  const wake = () => waiting?.();
  const stop = client.subscribe({ query, variables }, {
    next(value) {
      results.push(value);
      wake();
    },
    error(error) {
      failure = error;
      ended = true;
      wake();
    },
    complete() {
      ended = true;
      wake();
    },
  });
  return {
    results,
    async take(n: number): Promise<unknown[]> {
      while (results.length < n && !ended) await new Promise<void>((resolve) => (waiting = resolve));
      if (results.length < n) throw Object.assign(new Error(`subscription ended after ${results.length} result(s)`), { failure });
      return results.slice(0, n);
    },
    /** The error the subscription ended with (a close event or GraphQL errors). */
    async failure(): Promise<unknown> {
      while (!ended) await new Promise<void>((resolve) => (waiting = resolve));
      return failure;
    },
    stop,
  };
}
