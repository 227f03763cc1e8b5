import { createHash } from 'node:crypto';

/** A GraphQL error as the gateway returns it. */
export interface GraphQLErrorLike {
  message: string;
  path?: readonly (string | number)[];
  extensions?: Record<string, unknown>;
}

export interface GraphQLAnswer<T> {
  data: T | null;
  errors: GraphQLErrorLike[];
}

/** The watcher's view of the gateway: one operation at a time, as `svc-watcher`. */
export interface GatewayClient {
  request<T>(query: string, variables: Record<string, unknown>): Promise<GraphQLAnswer<T>>;
}

/** The purpose every watcher request states (CONTRACT.md `x-purpose`), so the audit trail says why. */
export const WATCHER_PURPOSE = 'notice-handling';
export const WATCHER_USER_ID = 'svc-watcher';

/**
 * Names the document by its hash as well: a production gateway runs only registered documents
 * (gateway/operations/welfare-watcher.json, written from query.ts by `npm run operations`).
 */
export function persistedQuery(query: string) {
  return { persistedQuery: { version: 1, sha256Hash: createHash('sha256').update(query).digest('hex') } };
}

/** The gateway's base URL from GATEWAY_URL, whether or not it ends in /graphql. */
function endpoint(gatewayUrl: string, path: string): URL {
  return new URL(path, gatewayUrl);
}

/** A dev token for `svc-watcher` from the gateway's `POST /auth/dev-token` (AUTH_MODE=dev only). */
export async function requestDevToken(gatewayUrl: string, userId = WATCHER_USER_ID): Promise<string> {
  const response = await fetch(endpoint(gatewayUrl, '/auth/dev-token'), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ userId }) });
  const body = (await response.json().catch(() => ({}))) as { token?: string; error?: string };
  if (!response.ok || !body.token) throw new Error(`no dev token for ${userId} from ${gatewayUrl}: HTTP ${response.status} ${body.error ?? ''}`.trim());
  return body.token;
}

/**
 * A client that authenticates with WATCHER_TOKEN when given (production: a token from the
 * city's IdP) or else asks the gateway for a dev token once per client.
 */
export function gatewayClient(gatewayUrl: string, token: string | undefined): GatewayClient {
  let bearer: Promise<string> | undefined = token ? Promise.resolve(token) : undefined;
  const url = endpoint(gatewayUrl, '/graphql');
  return {
    async request<T>(query: string, variables: Record<string, unknown>): Promise<GraphQLAnswer<T>> {
      bearer ??= requestDevToken(gatewayUrl).catch((error: unknown) => {
        bearer = undefined;
        throw error;
      });
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${await bearer}`, 'x-purpose': WATCHER_PURPOSE },
        body: JSON.stringify({ query, variables, extensions: persistedQuery(query) }),
      });
      const body = (await response.json().catch(() => null)) as { data?: T | null; errors?: GraphQLErrorLike[] } | null;
      if (!body || (!response.ok && !body.data)) {
        const first = body?.errors?.[0]?.message ?? '';
        throw new Error(`gateway answered HTTP ${response.status} ${first}`.trim());
      }
      return { data: body.data ?? null, errors: body.errors ?? [] };
    },
  };
}
