import type { ApolloServerPlugin, BaseContext, GraphQLRequest } from '@apollo/server';
import type { GraphQLError } from 'graphql';
import { resolveDocument, type DocumentRules } from './resolve-document';

export interface DocumentGateOptions<C> extends DocumentRules {
  /** Told of every refusal (the audit trail records them). */
  onRefused?: (error: GraphQLError, context: C, request: GraphQLRequest) => void;
}

/** The hash a request names: Apollo's and urql's extension, or GraphQL over HTTP's `documentId` (body or query string). */
export function requestedHash(request: GraphQLRequest): unknown {
  const persisted = request.extensions?.persistedQuery as { sha256Hash?: unknown } | undefined;
  if (persisted?.sha256Hash !== undefined) return persisted.sha256Hash;
  const body = request.http?.body;
  if (typeof body === 'object' && body !== null && 'documentId' in body) return body.documentId;
  return new URLSearchParams(request.http?.search ?? '').get('documentId') ?? undefined;
}

// A plugin cannot end a request before parsing without Apollo answering 500, so a refused request
// runs this trivial document instead and fails where plugins may refuse (didResolveOperation).
const PLACEHOLDER = '{ __typename }';

/**
 * Decides which text Apollo parses: the registered document a hash names, arbitrary text only in
 * `any` mode, nothing over the token limit. Apollo's own APQ is off (`persistedQueries: false`),
 * so clients cannot register documents; the extension is consumed here.
 */
export function useDocumentGate<C extends BaseContext>(options: DocumentGateOptions<C>): ApolloServerPlugin<C> {
  return {
    async requestDidStart({ request, contextValue }) {
      // No HTTP request: the gateway's own executeOperation (a notice event resolved with the
      // query rewritten from a subscription that passed this gate when it was subscribed).
      if (!request.http) return {};
      const resolution = resolveDocument(options, { query: request.query, hash: requestedHash(request) });
      if (request.extensions?.persistedQuery) {
        const { persistedQuery: _consumed, ...rest } = request.extensions;
        request.extensions = rest;
      }
      if ('query' in resolution) {
        request.query = resolution.query;
        return {};
      }
      options.onRefused?.(resolution.refusal, contextValue, request);
      request.query = PLACEHOLDER;
      request.operationName = undefined;
      request.variables = {};
      return {
        async didResolveOperation() {
          throw resolution.refusal;
        },
      };
    },
  };
}
