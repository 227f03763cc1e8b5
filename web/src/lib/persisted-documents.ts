/**
 * The portal sends registered documents by hash (npm run codegen writes the manifest the
 * gateway loads, and embeds each document's sha256 in `__meta__.hash`): a gateway in production
 * runs nothing else. Only the hash travels; the text stays in the bundle for typing.
 */
import { persistedExchange } from '@urql/exchange-persisted';
import type { DocumentNode } from 'graphql';

/** Codegen's `sha256:<hex>` as Apollo's and urql's bare hex; undefined for a document codegen did not write. */
export function documentHash(document: DocumentNode): string | undefined {
  const hash = (document as { __meta__?: { hash?: unknown } }).__meta__?.hash;
  return typeof hash === 'string' ? hash.replace(/^sha256:/, '') : undefined;
}

/** `extensions` naming a generated document, for clients other than urql (graphql-ws). */
export function persistedQueryExtensions(document: DocumentNode): { persistedQuery: { version: 1; sha256Hash: string } } {
  const sha256Hash = documentHash(document);
  if (!sha256Hash) throw new Error('not a document written by codegen (no __meta__.hash): write it with graphql() and run npm run codegen');
  return { persistedQuery: { version: 1, sha256Hash } };
}

/**
 * urql's persisted exchange with codegen's hashes: queries and mutations by hash only, never
 * retried with their text (a production gateway would refuse it anyway), over POST (the portal's
 * /api/graphql takes POST only).
 */
export function persistedDocumentsExchange() {
  return persistedExchange({
    generateHash: async (_query, document) => documentHash(document),
    enforcePersistedQueries: true,
    enableForMutation: true,
    preferGetForPersistedQueries: false,
  });
}
