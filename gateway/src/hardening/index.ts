import type { ApolloServerPlugin, BaseContext, GraphQLRequest } from '@apollo/server';
import type { Logger } from '@smart-casework/kit';
import type { GraphQLError, ValidationRule } from 'graphql';
import { documentPaths, documentsMode, type HardeningConfig } from './config';
import { loadPersistedDocuments, type PersistedDocuments } from './persisted-documents';
import { createRateLimits, type RateLimits } from './rate-limits';
import type { DocumentRules, DocumentsMode } from './resolve-document';
import { subscriptionGuard, type SubscriptionGuard } from './subscription-gate';
import { useArmor } from './use-armor';
import { useDocumentGate } from './use-document-gate';

export { hardeningEnv } from './config';
export { rateLimitedRoute, withRateLimits } from './use-rate-limits';
export type { SubscriptionGuard } from './subscription-gate';

export interface Hardening<C extends BaseContext> {
  mode: DocumentsMode;
  documents: PersistedDocuments;
  /** For ApolloServer: the document gate (before parsing), then Armor's plugins. */
  plugins: ApolloServerPlugin<C>[];
  /** For ApolloServer: Armor's depth, cost, alias and directive limits. */
  validationRules: ValidationRule[];
  /** The same rules for graphql-ws subscribe messages. */
  subscriptions: SubscriptionGuard;
  limits: RateLimits;
  close(): Promise<void>;
}

export interface HardeningOptions<C> {
  config: HardeningConfig & { REDIS_URL?: string | undefined };
  logger: Logger;
  /** Told of every document refused before it runs (the audit trail records them). */
  onRefused?: (error: GraphQLError, context: C, request: GraphQLRequest) => void;
}

/**
 * Everything issue 5's hardening adds to the gateway, from its configuration: persisted
 * documents, GraphQL Armor and per-user rate limits. Production (NODE_ENV=production) runs only
 * registered documents and hides field suggestions.
 */
export function createHardening<C extends BaseContext>({ config, logger, onRefused }: HardeningOptions<C>): Hardening<C> {
  const mode = documentsMode(config);
  const documents = loadPersistedDocuments({ paths: documentPaths(config), required: mode === 'persisted' });
  const rules: DocumentRules = { documents, mode, maxTokens: config.GRAPHQL_MAX_TOKENS };
  const armor = useArmor<C>({
    maxDepth: config.GRAPHQL_MAX_DEPTH,
    maxCost: config.GRAPHQL_MAX_COST,
    maxAliases: config.GRAPHQL_MAX_ALIASES,
    maxDirectives: config.GRAPHQL_MAX_DIRECTIVES,
    blockFieldSuggestions: config.NODE_ENV === 'production',
  });
  const limits = createRateLimits({
    perMinute: config.RATE_LIMIT_PER_MINUTE,
    servicePerMinute: config.RATE_LIMIT_SERVICE_PER_MINUTE,
    anonymousPerMinute: config.RATE_LIMIT_ANONYMOUS_PER_MINUTE,
    devTokenPerMinute: config.RATE_LIMIT_DEV_TOKEN_PER_MINUTE,
    redisUrl: config.REDIS_URL,
  }, logger);
  logger.info({ mode, documents: documents.size, manifests: documents.files.length }, 'persisted documents loaded');
  return {
    mode,
    documents,
    plugins: [useDocumentGate<C>({ ...rules, ...(onRefused ? { onRefused } : {}) }), ...armor.plugins],
    validationRules: armor.validationRules,
    subscriptions: subscriptionGuard(rules, armor.validationRules),
    limits,
    close: () => limits.close(),
  };
}
