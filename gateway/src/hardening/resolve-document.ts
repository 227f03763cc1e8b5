import { persistedQueryNotFound, queryLimitExceeded } from '@smart-casework/kit';
import { Lexer, Source, TokenKind, type GraphQLError } from 'graphql';
import { normaliseHash, sha256Hex, type PersistedDocuments } from './persisted-documents';

/** `persisted`: only documents in the manifests run (production). `any`: arbitrary text too (development). */
export type DocumentsMode = 'persisted' | 'any';

/** What a client sent: the text, and the hash that names a registered document, if any. */
export interface DocumentRequest {
  query?: string | undefined;
  /** `extensions.persistedQuery.sha256Hash` (Apollo, urql) or `documentId` (GraphQL over HTTP). */
  hash?: unknown;
}

/** The text to run (undefined: none was sent, the server says so), or why the request is refused. */
export type Resolution = { query: string | undefined } | { refusal: GraphQLError };

export interface DocumentRules {
  documents: PersistedDocuments;
  mode: DocumentsMode;
  /** Most lexical tokens a document may have (Armor's max tokens); 0 turns the check off. */
  maxTokens: number;
}

/** True when the text has more than `max` tokens; stops counting there (a huge text costs little). */
export function exceedsTokens(text: string, max: number): boolean {
  if (max <= 0) return false;
  const lexer = new Lexer(new Source(text));
  let count = 0;
  try {
    while (lexer.advance().kind !== TokenKind.EOF) if (++count > max) return true;
  } catch {
    // A syntax error: parsing reports it with its position.
  }
  return false;
}

function byHash(rules: DocumentRules, hash: string): string | undefined {
  const known = rules.documents.get(hash);
  if (known !== undefined) return known;
  // A division may have registered a file (or codegen run) since the gateway started.
  rules.documents.refresh();
  return rules.documents.get(hash);
}

function lookUp(rules: DocumentRules, request: DocumentRequest): Resolution {
  if (request.hash !== undefined && request.hash !== null) {
    const hash = normaliseHash(request.hash);
    if (!hash) return { refusal: persistedQueryNotFound('The document hash is not a sha256 hex string') };
    const known = byHash(rules, hash);
    if (known !== undefined) return { query: known };
    if (rules.mode === 'any' && request.query) return { query: request.query };
    return { refusal: persistedQueryNotFound(`No registered document has the hash ${hash}`) };
  }
  if (!request.query || rules.mode === 'any') return { query: request.query };
  // Full text is accepted in production only when it is, character for character, a registered document.
  if (byHash(rules, sha256Hex(request.query)) !== undefined) return { query: request.query };
  return { refusal: persistedQueryNotFound('Only registered (persisted) documents are executed here; send extensions.persistedQuery.sha256Hash of a registered document') };
}

/**
 * The text to execute for a request, or the refusal: a known hash always means its registered
 * text (whatever text came with it); unknown documents only in `any` mode; and no document over
 * the token limit, whichever way it came.
 */
export function resolveDocument(rules: DocumentRules, request: DocumentRequest): Resolution {
  const resolution = lookUp(rules, request);
  if ('query' in resolution && resolution.query !== undefined && exceedsTokens(resolution.query, rules.maxTokens)) {
    return { refusal: queryLimitExceeded('tokens', `The document has more than ${rules.maxTokens} tokens`) };
  }
  return resolution;
}
