import type { Server } from 'node:http';
import type { ApolloServer } from '@apollo/server';
import type { Logger } from '@smart-casework/kit';
import type { GraphQLSchema } from 'graphql';
import type { TokenVerifier } from '../auth';
import type { GatewayConfig } from '../config';
import type { GatewayContext } from '../context';
import type { SubgraphFetcher } from '../fetcher';
import type { SubscriptionGuard } from '../hardening/subscription-gate';
import { hasNoticeSubscription } from './api-schema';
import { localAudience, redisAudience } from './audience';
import { createNoticeBus, type NoticeBus } from './bus';
import { createNoticeHub, type NoticeHub } from './hub';
import { createNoticeRelay, type NoticeRelay } from './relay';
import { createMemoryLease, createRedisLease } from './relay-lease';
import { createNoticeResolver, type NoticeContextFactory } from './resolve-notice';
import { startLiveServer, type ConnectionLimits } from './ws-server';
import { welfareNoticeSource } from './welfare-notices';

export interface LiveNoticesOptions {
  http: Server;
  apollo: ApolloServer<GatewayContext>;
  /** The API schema, in this module's graphql (see api-schema.ts). */
  schema: GraphQLSchema;
  /** The welfare subgraph's URL, or undefined when the supergraph has no welfare. */
  welfareUrl: string | undefined;
  subgraphs: SubgraphFetcher;
  verify: TokenVerifier;
  /** The context each event is resolved in, as the subscriber. */
  contextFor: NoticeContextFactory;
  /** Persisted documents and query limits for subscribe messages, as on HTTP. */
  guard?: SubscriptionGuard;
  /** The HTTP rate limits, applied to connection attempts. */
  limits?: ConnectionLimits;
  config: Pick<GatewayConfig, 'REDIS_URL' | 'NOTICE_CHANNEL' | 'NOTICE_POLL_MS' | 'INTERNAL_TOKEN_SECRET'>;
  logger: Logger;
}

export interface LiveNotices {
  bus: NoticeBus;
  hub: NoticeHub;
  /** Null when the graph has no `noticeAdded` (or no welfare) to relay. */
  relay: NoticeRelay | null;
  close(): Promise<void>;
}

/** How long a relay lock outlives a leader that stopped: several polls, at least two seconds. */
export const leaseTtlMs = (pollMs: number) => Math.max(2000, 8 * pollMs);
/** A stored position is fresh for longer than a handover after a crash takes (the lock's expiry and a poll). */
export const freshMs = (pollMs: number) => 3 * leaseTtlMs(pollMs);

function relayParts(bus: NoticeBus, hub: NoticeHub, config: LiveNoticesOptions['config']) {
  const ttlMs = leaseTtlMs(config.NOTICE_POLL_MS);
  if (!bus.redis) return { lease: createMemoryLease({ freshMs: freshMs(config.NOTICE_POLL_MS) }), audience: localAudience(hub) };
  return {
    lease: createRedisLease({ redis: bus.redis, prefix: config.NOTICE_CHANNEL, ttlMs, freshMs: freshMs(config.NOTICE_POLL_MS) }),
    audience: redisAudience(hub, bus.redis, config.NOTICE_CHANNEL, ttlMs),
  };
}

/** Live change notices: bus, relay, hub and the graphql-ws server on the gateway's HTTP server. */
export function startLiveNotices(options: LiveNoticesOptions): LiveNotices {
  const { config, logger } = options;
  const bus = createNoticeBus(config, logger);
  const hub = createNoticeHub(bus);
  const server = startLiveServer({ http: options.http, schema: options.schema, verify: options.verify, hub, resolve: createNoticeResolver(options.apollo, options.contextFor, logger), guard: options.guard, limits: options.limits, logger });
  const relay = options.welfareUrl && hasNoticeSubscription(options.schema)
    ? createNoticeRelay({
      source: welfareNoticeSource({ url: options.welfareUrl, http: options.subgraphs, internalSecret: config.INTERNAL_TOKEN_SECRET }),
      bus,
      ...relayParts(bus, hub, config),
      intervalMs: config.NOTICE_POLL_MS,
      logger,
    })
    : null;
  relay?.start();
  logger.info({ bus: bus.kind, relay: relay !== null }, 'live notices ready');
  return {
    bus,
    hub,
    relay,
    async close() {
      await relay?.stop();
      hub.close();
      await server.close();
      await bus.close();
    },
  };
}
