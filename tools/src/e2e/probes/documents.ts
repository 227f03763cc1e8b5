import { createHash } from 'node:crypto';
import { elder, family, mother } from '../city';
import { refused } from './access';
import type { Expected, Probe } from './kit';

/**
 * Documents and sizes: unknown documents and introspection at a production-mode gateway, and
 * GraphQL Armor's limits, oversized bodies and malformed requests at the dev gateway.
 */

export const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const byHash = (text: string, variables: Record<string, unknown> = {}) => ({ extensions: { persistedQuery: { version: 1, sha256Hash: sha256(text) } }, variables });

/** The tax division's registered document (gateway/operations/tax-division-example.graphql). */
const TAX_DOCUMENT = '04418410972d4085e4f7ee8ea1ac9a5e9933c946afe4ef5bc6ec292342a3dc5f';
/** The change watcher's registered document (gateway/operations/welfare-watcher.json). */
const WATCHER_DOCUMENT = '0917f96ad6163c3a2e42e8d728f67d4ad0f966a824fbd4039416c4f38c767ee2';

const nest = (depth: number, inner: string): string => (depth === 0 ? inner : `household { members { ${nest(depth - 1, inner)} } }`);
const DEEP = `query Deep { resident(atenaNo: "${mother.atenaNo}") { ${nest(7, 'name')} } }`;
const aliases = (count: number) => `query Aliases { ${Array.from({ length: count }, (_, i) => `a${i}: resident(atenaNo: "${mother.atenaNo}") { name }`).join(' ')} }`;
const INTROSPECTION = 'query Schema { __schema { types { name fields { name } } } }';
const ME = 'query Me { me { staffId } }';

/** Test documents the production gateway registers beside the real manifests. */
export const REGISTERED_FOR_TEST = [DEEP, aliases(40), INTROSPECTION, ME];

const notFound = (staffId: string, reason: RegExp): Expected => ({ status: 400, code: 'PERSISTED_QUERY_NOT_FOUND', audit: { code: 'PERSISTED_QUERY_NOT_FOUND', department: 'gateway', staffId, reason } });
const limit = (name: string, staffId: string): Expected => ({ status: 400, code: 'QUERY_LIMIT_EXCEEDED', audit: { code: 'QUERY_LIMIT_EXCEEDED', department: 'gateway', staffId, reason: new RegExp(name, 'i') } });
const PERSONAL = `query LookUp { resident(atenaNo: "${mother.atenaNo}") { name address tax { hasRecord } } }`;

const production: Probe[] = [
  { name: 'production: a document that is not registered (text)', request: { target: 'production', as: 'cw001', query: PERSONAL }, expect: notFound('cw001', /Only registered/) },
  { name: 'production: an unknown hash', request: { target: 'production', as: 'cw001', body: byHash(PERSONAL) }, expect: notFound('cw001', /No registered document has the hash/) },
  { name: 'production: a client registering its own document (APQ)', request: { target: 'production', as: 'cw001', body: { query: PERSONAL, ...byHash(PERSONAL) } }, expect: notFound('cw001', /No registered document has the hash/) },
  { name: 'production: a documentId that is no hash', request: { target: 'production', as: 'cw001', body: { documentId: "sha256:' OR 1=1 --" } }, expect: notFound('cw001', /not a sha256 hex/) },
  { name: 'production: introspection as text', request: { target: 'production', as: 'cw002', query: '{ __schema { queryType { name } } }' }, expect: notFound('cw002', /Only registered/) },
  { name: 'production: introspection even when registered', request: { target: 'production', as: 'cw002', body: byHash(INTROSPECTION) }, expect: { status: 400, code: 'GRAPHQL_VALIDATION_FAILED', audit: { code: 'GRAPHQL_VALIDATION_FAILED', department: 'gateway', staffId: 'cw002', reason: /introspection/i } } },
  { name: 'production: a dev token', request: { target: 'production', purpose: 'investigation', auth: (c) => ({ authorization: `Bearer ${c.devToken('cw001')}` }), body: byHash(ME) }, expect: { status: 401, code: 'UNAUTHENTICATED', audit: { code: 'UNAUTHENTICATED', department: 'gateway', staffId: null } } },
  { name: "production: the tax division's document with a welfare purpose", request: { target: 'production', as: 'tax001', purpose: 'investigation', body: { extensions: { persistedQuery: { version: 1, sha256Hash: TAX_DOCUMENT } }, variables: { atenaNo: mother.atenaNo } } }, expect: { status: 403, code: 'FORBIDDEN', reason: 'PURPOSE_NOT_ALLOWED', audit: { code: 'FORBIDDEN', reason: 'PURPOSE_NOT_ALLOWED', department: 'gateway', staffId: 'tax001' } } },
  { name: "production: the tax division's document by a caseworker, outside the caseload", request: { target: 'production', as: 'cw001', body: { extensions: { persistedQuery: { version: 1, sha256Hash: TAX_DOCUMENT } }, variables: { atenaNo: elder.atenaNo } } }, expect: refused('OUT_OF_CASELOAD', { department: 'residents', atenaNo: elder.atenaNo, staffId: 'cw001' }) },
  { name: "production: the change watcher's document by the auditor", request: { target: 'production', as: 'au001', body: { extensions: { persistedQuery: { version: 1, sha256Hash: WATCHER_DOCUMENT } }, variables: { householdNos: [family.householdNo], knownAtenaNos: [mother.atenaNo] } } }, expect: refused('ROLE', { department: 'residents', householdNo: family.householdNo, staffId: 'au001' }) },
  { name: 'production: a registered document over the depth limit', request: { target: 'production', as: 'sv001', body: byHash(DEEP) }, expect: limit('depth', 'sv001') },
  { name: 'production: a registered alias bomb', request: { target: 'production', as: 'sv001', body: byHash(aliases(40)) }, expect: limit('aliases', 'sv001') },
  {
    name: 'production: rate limit per staff member',
    request: {
      target: 'production', as: 'cw002', body: byHash(ME),
      // The production gateway allows 10 a minute (the test's setting); cw002 has spent 2 above.
      before: async (c) => {
        const token = await c.idpToken('cw002');
        for (let i = 0; i < 10; i++) await fetch(c.productionUrl, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify(byHash(ME)) });
      },
    },
    expect: { status: 429, code: 'RATE_LIMITED', audit: { code: 'RATE_LIMITED', department: 'gateway', staffId: 'cw002' } },
  },
];

const mutationByGet = 'mutation { acknowledgeNotice(id: "1") { id } }';

const shapes: Probe[] = [
  { name: 'depth over the limit', request: { as: 'sv001', query: DEEP }, expect: limit('depth', 'sv001') },
  { name: 'an alias bomb', request: { as: 'cw001', query: aliases(40) }, expect: limit('aliases', 'cw001') },
  { name: 'directives piled up', request: { as: 'cw001', query: `{ me ${'@include(if: true) '.repeat(20)} { staffId } }` }, expect: limit('directives', 'cw001') },
  { name: 'a document of too many tokens', request: { as: 'cw001', query: `{ me { ${'staffId '.repeat(3000)} } }` }, expect: limit('tokens', 'cw001') },
  { name: 'a document over the cost limit', request: { as: 'sv001', query: `{ resident(atenaNo: "${mother.atenaNo}") { ${nest(4, `household { ${'householdNo '.repeat(600)} }`)} } }` }, expect: limit('cost', 'sv001') },
  { name: 'a body over 1 MB', request: { as: 'cw001', query: '{ me { staffId } }', variables: { pad: 'x'.repeat(3_000_000) } }, expect: { status: 413, code: null, audit: { code: 'BAD_REQUEST', department: 'gateway', reason: 'body too large' } } },
  { name: 'a body that is not JSON', request: { as: 'cw001', body: '{"query": "{ me { staffId } }", ' }, expect: { status: 400, code: null, audit: { code: 'BAD_REQUEST', department: 'gateway', reason: 'invalid JSON body' } } },
  { name: 'a batch of operations', request: { as: 'cw001', body: [{ query: PERSONAL }, { query: PERSONAL }] }, expect: { status: 400, code: 'BAD_REQUEST', audit: { code: 'BAD_REQUEST', department: 'gateway', staffId: 'cw001', reason: /batching/ } } },
  { name: 'a cross-site form post (CSRF)', request: { as: 'cw001', query: PERSONAL, headers: { 'content-type': 'text/plain' } }, expect: { status: 400, code: 'BAD_REQUEST', audit: { code: 'BAD_REQUEST', department: 'gateway', reason: /Cross-Site Request Forgery/ } } },
  { name: 'a mutation by GET', request: { as: 'cw001', method: 'GET', query: mutationByGet, headers: { 'apollo-require-preflight': 'true' } }, expect: { status: 405, code: 'BAD_REQUEST', audit: { code: 'BAD_REQUEST', department: 'gateway', staffId: 'cw001' } } },
  { name: 'a syntax error', request: { as: 'cw001', query: `{ resident(atenaNo: "${mother.atenaNo}") { name ` }, expect: { status: 400, code: 'GRAPHQL_PARSE_FAILED', audit: { code: 'GRAPHQL_PARSE_FAILED', department: 'gateway', staffId: 'cw001' } } },
  { name: 'a fragment spread within itself', request: { as: 'cw001', query: 'query { me { ...A } } fragment A on Staff { supervisor { ...A } }' }, expect: { status: 400, code: 'GRAPHQL_VALIDATION_FAILED', audit: { code: 'GRAPHQL_VALIDATION_FAILED', department: 'gateway', staffId: 'cw001' } } },
  { name: 'a field the schema does not have', request: { as: 'cw001', query: `{ resident(atenaNo: "${mother.atenaNo}") { myNumber } }` }, expect: { status: 400, code: 'GRAPHQL_VALIDATION_FAILED', audit: { code: 'GRAPHQL_VALIDATION_FAILED', department: 'gateway', staffId: 'cw001' } } },
];

export const documentProbes: Probe[] = [...production, ...shapes];
