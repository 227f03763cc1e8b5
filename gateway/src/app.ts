import type { IncomingMessage, Server } from 'node:http';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled, ApolloServerPluginLandingPageDisabled, ApolloServerPluginUsageReportingDisabled } from '@apollo/server/plugin/disabled';
import { close, createHttpServer, createLogger, departmentUrl, DEPARTMENTS, listen, maskError, type HttpAnswer, type Identity, type Logger, type Route } from '@smart-casework/kit';
import { createInternalClient } from './access/internal-client';
import { keepGatewayOffTheInternet } from './closed-network';
import { supergraphPolicies, usePurposeRule } from './access/purpose-plugin';
import { createReachCache, type ReachCache } from './access/reach';
import { useReachInvalidation } from './access/reach-invalidation';
import { useAuditTrail, type AuditSink } from './audit/plugin';
import { auditRefusal, auditUnrecorded } from './audit/refusals';
import { openAuditSink } from './audit/sink';
import { createTokenVerifier } from './auth';
import { loadGatewayConfig, refuseUnsafeConfig, timeoutFor, type GatewayConfig } from './config';
import { createContextFunction, gatewayContext, trustForwardedFor, type ClientInfo, type GatewayContext } from './context';
import { DepartmentDataSource } from './data-source';
import { devTokenRoute } from './dev-token';
import { createSubgraphFetcher, type SubgraphFetcher } from './fetcher';
import { createHardening, rateLimitedRoute, withRateLimits, type Hardening } from './hardening';
import { healthRoute } from './health';
import { requestLogPlugin } from './request-log';
import { resolveSubgraphUrls } from './subgraph-urls';
import { apiSchemaOf } from './subscriptions/api-schema';
import { startLiveNotices, type LiveNotices } from './subscriptions';

export interface GatewayOptions {
  /** Supergraph SDL composed ahead of time (`npm run compose -w gateway`). */
  supergraphSdl: string;
  /** Subgraph GraphQL URLs by department; the rest come from `<NAME>_URL` or the registry's ports. */
  urls?: Record<string, string>;
  config: GatewayConfig;
  logger?: Logger;
  /** Where audit entries go; by default the hash-chained audit database of the configuration. */
  audit?: AuditSink;
}

export interface Gateway {
  apollo: ApolloServer<GatewayContext>;
  http: Server;
  /** Where each subgraph is reached. */
  urls: Record<string, string>;
  /** `noticeAdded` over graphql-ws: bus, relay and local subscribers. */
  live: LiveNotices;
  stop(): Promise<void>;
}

interface ApolloParts {
  supergraphSdl: string;
  urls: Record<string, string>;
  subgraphs: SubgraphFetcher;
  config: GatewayConfig;
  logger: Logger;
  reach: ReachCache;
  audit: AuditSink;
  hardening: Hardening<GatewayContext>;
}

function createApollo({ supergraphSdl, urls, subgraphs, config, logger, reach, audit, hardening }: ApolloParts) {
  keepGatewayOffTheInternet();
  const gateway = new ApolloGateway({
    supergraphSdl,
    logger,
    buildService: ({ name, url }) => {
      const timeoutMs = timeoutFor(config, name);
      return new DepartmentDataSource({ name, url: urls[name] ?? url ?? '', fetcher: subgraphs.fetcherFor(timeoutMs), internalSecret: config.INTERNAL_TOKEN_SECRET, timeoutMs, logger });
    },
  });
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    introspection: config.NODE_ENV !== 'production',
    includeStacktraceInErrorResponses: false,
    // Hardening (issue 5): clients cannot register documents (APQ off), CSRF checks stay on.
    persistedQueries: false,
    csrfPrevention: true,
    validationRules: hardening.validationRules,
    plugins: [
      ...hardening.plugins,
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginUsageReportingDisabled(),
      ApolloServerPluginInlineTraceDisabled(),
      requestLogPlugin(logger),
      // ACCESS_CONTROL=off (measurement only, refused in production): neither rule nor trail.
      ...(config.ACCESS_CONTROL === 'off' ? [] : [usePurposeRule(supergraphPolicies(supergraphSdl)), useReachInvalidation(reach), useAuditTrail(audit, logger)]),
    ],
    formatError: (formatted, error) => maskError(formatted, error) as typeof formatted,
  });
  return { apollo, gateway };
}

function routes(urls: Record<string, string>, subgraphs: SubgraphFetcher, config: GatewayConfig, logger: Logger, hardening: Hardening<GatewayContext>): Record<string, Route> {
  const result: Record<string, Route> = { 'GET /healthz': healthRoute(urls, subgraphs) };
  if (config.AUTH_MODE === 'dev') {
    const welfare = DEPARTMENTS.find((d) => d.name === 'welfare');
    const welfareUrl = urls.welfare ?? (welfare ? departmentUrl(welfare) : '');
    const devToken = devTokenRoute({ welfareUrl, http: subgraphs, internalSecret: config.INTERNAL_TOKEN_SECRET, devJwtSecret: config.DEV_JWT_SECRET, logger });
    result['POST /auth/dev-token'] = rateLimitedRoute(devToken, hardening.limits.forDevToken);
  }
  return result;
}

/** ACCESS_CONTROL=off: every caller is granted everything, signed once per request, with no reach lookup. */
const OPEN_REACH: ReachCache = { reachOf: () => Promise.resolve('all'), clear: () => {} };
/** ACCESS_CONTROL=off: nothing is recorded (not even refusals) and no audit database is opened. */
const NO_AUDIT: AuditSink = { append: async () => {} };

/** The gateway: Apollo Server over a static supergraph, on the kit's HTTP server (not listening yet). */
export async function createGateway(options: GatewayOptions): Promise<Gateway> {
  const { config, supergraphSdl } = options;
  refuseUnsafeConfig(config);
  trustForwardedFor(config.GATEWAY_TRUSTED_PROXIES);
  const logger = options.logger ?? createLogger('gateway');
  const hardening = createHardening<GatewayContext>({ config, logger });
  const urls = resolveSubgraphUrls(supergraphSdl, options.urls);
  const subgraphs = createSubgraphFetcher({ timeoutMs: config.SUBGRAPH_TIMEOUT_MS });
  const checked = config.ACCESS_CONTROL !== 'off';
  if (!checked) logger.warn('ACCESS_CONTROL=off: no purpose rule, no caseload grants, no audit trail (measurement only)');
  const audit = !checked ? NO_AUDIT : (options.audit ?? (await openAuditSink(logger)));
  const reach = !checked ? OPEN_REACH : createReachCache({ client: createInternalClient(subgraphs, config.INTERNAL_TOKEN_SECRET), welfareUrl: urls.welfare ?? '', residentsUrl: urls.residents ?? '', ttlMs: config.ACCESS_REACH_TTL_MS, membersTtlMs: config.ACCESS_MEMBERS_TTL_MS, staleMs: config.ACCESS_REACH_STALE_MS, logger });
  const { apollo, gateway } = createApollo({ supergraphSdl, urls, subgraphs, config, logger, reach, audit, hardening });
  await apollo.start();
  const verify = createTokenVerifier(config);
  const verified = withRateLimits(createContextFunction(verify, reach), hardening.limits);
  // Refused requests never reach Apollo's plugins, so they get their log and audit lines here.
  const recordedEarly = new WeakSet<IncomingMessage>();
  const context = async (req: IncomingMessage) => {
    try {
      return await verified(req);
    } catch (error) {
      const extensions = (error as { extensions?: { code?: string; messageEn?: string } }).extensions;
      logger.info({ reason: extensions?.messageEn }, `request refused: ${extensions?.code ?? 'error'}`);
      // Who it was, when the token itself was good (an unknown purpose, too many requests).
      const identity = await verify(req.headers.authorization).catch(() => null);
      await auditRefusal(audit, req, extensions?.code ?? 'UNAUTHENTICATED', extensions?.messageEn ?? null, logger, identity);
      recordedEarly.add(req);
      throw error;
    }
  };
  const onAnswer = async (answer: HttpAnswer<GatewayContext>) => (recordedEarly.has(answer.req) ? undefined : auditUnrecorded(audit, answer, logger));
  const http = createHttpServer(apollo, { logger, context, onAnswer, routes: routes(urls, subgraphs, config, logger, hardening) });
  const contextFor = (identity: Identity, purpose: string, client: ClientInfo) => gatewayContext(identity, purpose, client, reach);
  const live = startLiveNotices({ http, apollo, schema: apiSchemaOf(gateway.schema), welfareUrl: urls.welfare, subgraphs, verify, contextFor, guard: hardening.subscriptions, limits: hardening.limits, config, logger });
  return {
    apollo,
    http,
    urls,
    live,
    async stop() {
      // Sockets first: the HTTP server does not finish closing while upgraded sockets are open.
      await live.close();
      await close(http);
      await apollo.stop();
      await subgraphs.close();
      await audit.close?.();
      await hardening.close();
    },
  };
}

export interface StartGatewayOptions extends Omit<GatewayOptions, 'config'> {
  /** 0 picks a free port (tests, the stack). */
  port?: number;
  host?: string;
  /** Overrides on top of the environment's configuration. */
  config?: Partial<GatewayConfig>;
}

/** Creates and starts a gateway; for tests, the stack and the benchmark. */
export async function startGateway(options: StartGatewayOptions): Promise<{ url: string; gateway: Gateway; stop(): Promise<void> }> {
  const config = { ...loadGatewayConfig(), ...options.config };
  const gateway = await createGateway({ ...options, config });
  const base = await listen(gateway.http, options.port ?? config.GATEWAY_PORT, options.host ?? config.GATEWAY_HOST);
  return { url: `${base}/graphql`, gateway, stop: () => gateway.stop() };
}
