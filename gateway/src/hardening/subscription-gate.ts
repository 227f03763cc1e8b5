import type { GraphQLError, ValidationRule } from 'graphql';
import { validate, type DocumentNode, type GraphQLSchema } from 'graphql';
import { resolveDocument, type DocumentRules } from './resolve-document';

/** A graphql-ws subscribe message's payload (graphql-ws checks that `query` is a string). */
export interface SubscribePayload {
  query: string;
  extensions?: Record<string, unknown> | null;
}

/** What the graphql-ws server applies besides its own checks: the same documents and limits as HTTP. */
export interface SubscriptionGuard {
  /** Puts the text to run into `payload.query`, or returns the errors that refuse the operation. */
  onSubscribe(payload: SubscribePayload): GraphQLError[] | undefined;
  /** Armor's limits, run after the server's own validation. */
  validate(schema: GraphQLSchema, document: DocumentNode): GraphQLError[];
}

const hashOf = (extensions: SubscribePayload['extensions']) => (extensions?.persistedQuery as { sha256Hash?: unknown } | undefined)?.sha256Hash;

/** Subscribe messages follow the HTTP rules: a hash names a registered document; unknown text only in `any` mode. */
export function subscriptionGuard(rules: DocumentRules, validationRules: readonly ValidationRule[]): SubscriptionGuard {
  return {
    onSubscribe(payload) {
      const resolution = resolveDocument(rules, { query: payload.query || undefined, hash: hashOf(payload.extensions) });
      if ('refusal' in resolution) return [resolution.refusal];
      payload.query = resolution.query ?? '';
      return undefined;
    },
    validate: (schema, document) => (validationRules.length > 0 ? [...validate(schema, document, validationRules)] : []),
  };
}
