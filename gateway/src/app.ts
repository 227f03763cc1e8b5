import type { IncomingMessage, Server } from 'node:http';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled, ApolloServerPluginLandingPageDisabled, ApolloServerPluginUsageReportingDisabled } from '@apollo/server/plugin/disabled';
import { close, createHttpServer, createLogger, departmentUrl, DEPARTMENTS, listen, maskError, type Logger, type Route } from '@smart-casework/kit';
import { createTokenVerifier } from './auth';
import { loadGatewayConfig, timeoutFor, type GatewayConfig } from './config';
import { createContextFunction, type GatewayContext } from './context';
import { DepartmentDataSource } from './data-source';
import { devTokenRoute } from './dev-token';
import { createSubgraphFetcher, type SubgraphFetcher } from './fetcher';
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

function createApollo(supergraphSdl: string, urls: Record<string, string>, subgraphs: SubgraphFetcher, config: GatewayConfig, logger: Logger) {
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
    plugins: [ApolloServerPluginLandingPageDisabled(), ApolloServerPluginUsageReportingDisabled(), ApolloServerPluginInlineTraceDisabled(), requestLogPlugin(logger)],
    formatError: (formatted, error) => maskError(formatted, error) as typeof formatted,
  });
  return { apollo, gateway };
}

function routes(urls: Record<string, string>, subgraphs: SubgraphFetcher, config: GatewayConfig, logger: Logger): Record<string, Route> {
  const result: Record<string, Route> = { 'GET /healthz': healthRoute(urls, subgraphs) };
  if (config.AUTH_MODE === 'dev') {
    const welfare = DEPARTMENTS.find((d) => d.name === 'welfare');
    const welfareUrl = urls.welfare ?? (welfare ? departmentUrl(welfare) : '');
    result['POST /auth/dev-token'] = devTokenRoute({ welfareUrl, http: subgraphs, internalSecret: config.INTERNAL_TOKEN_SECRET, devJwtSecret: config.DEV_JWT_SECRET, logger });
  }
  return result;
}

/** The gateway: Apollo Server over a static supergraph, on the kit's HTTP server (not listening yet). */
export async function createGateway(options: GatewayOptions): Promise<Gateway> {
  const { config, supergraphSdl } = options;
  const logger = options.logger ?? createLogger('gateway');
  const urls = resolveSubgraphUrls(supergraphSdl, options.urls);
  const subgraphs = createSubgraphFetcher({ timeoutMs: config.SUBGRAPH_TIMEOUT_MS });
  const { apollo, gateway } = createApollo(supergraphSdl, urls, subgraphs, config, logger);
  await apollo.start();
  const verify = createTokenVerifier(config);
  const verified = createContextFunction(verify);
  // Refused requests never reach Apollo's plugins, so they get their log line here.
  const context = async (req: IncomingMessage) => {
    try {
      return await verified(req);
    } catch (error) {
      logger.info({ reason: (error as { extensions?: { messageEn?: string } }).extensions?.messageEn }, 'request refused: unauthenticated');
      throw error;
    }
  };
  const http = createHttpServer(apollo, { logger, context, routes: routes(urls, subgraphs, config, logger) });
  const live = startLiveNotices({ http, apollo, schema: apiSchemaOf(gateway.schema), welfareUrl: urls.welfare, subgraphs, verify, config, logger });
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
