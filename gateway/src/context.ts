import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { GraphQLRequest } from '@apollo/server';
import { badUserInput, NO_GRANT, PURPOSES, signInternalToken, type Caller, type Disclosure, type Grant, type Identity } from '@smart-casework/kit';
import { grantFor, subjectsOfFetch } from './access/grant';
import type { ReachCache } from './access/reach';
import type { TokenVerifier } from './auth';

/** Where a request came from, for the audit trail. */
export interface ClientInfo {
  address: string | null;
  userAgent: string | null;
}

/** What the gateway knows about a request; data sources read it to sign for subgraphs. */
export interface GatewayContext {
  caller: Caller;
  client: ClientInfo;
  /** What each subgraph fetch may read, from the caller's reach (null: every fetch gets no grant). */
  grantFor(request: Pick<GraphQLRequest, 'query' | 'variables'>): Promise<Grant>;
  /** What the subgraphs disclosed or refused; the audit plugin writes it. */
  disclosures: Disclosure[];
  /** Signed once for callers whose grant is the same for every fetch. */
  internalToken?: Promise<string>;
  /** Tokens signed in this request by grant: the seven section fetches of a list name the same members. */
  signedByGrant?: Map<string, Promise<string>>;
  /**
   * Set by the audit plugin once it recorded this request's refusal. An object, because Apollo
   * hands plugins a shallow copy of the context.
   */
  audited: { refusal: boolean };
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** `x-purpose`: absent is null; a value not in CONTRACT.md's list is BAD_USER_INPUT. */
export function statedPurpose(value: string | undefined): string | null {
  if (value === undefined || value === '') return null;
  if ((PURPOSES as readonly string[]).includes(value)) return value;
  throw badUserInput(`照会目的（x-purpose）「${value.slice(0, 40)}」は使えません。`, `Unknown x-purpose; use one of ${PURPOSES.join(', ')}`, 'x-purpose');
}

/** Peers whose `x-forwarded-for` is believed (GATEWAY_TRUSTED_PROXIES): the portal's server. */
let trustedProxies: ReadonlySet<string> = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

/** Set once at start-up from the configuration. */
export function trustForwardedFor(addresses: readonly string[]): void {
  trustedProxies = new Set(addresses);
}

/**
 * The terminal: the address the portal forwards for its user when the peer is a trusted proxy,
 * otherwise the peer itself (a client elsewhere cannot put another address in the trail).
 */
export function clientInfo(req: IncomingMessage): ClientInfo {
  const peer = req.socket.remoteAddress ?? null;
  const forwarded = peer !== null && trustedProxies.has(peer) ? header(req, 'x-forwarded-for')?.split(',')[0]?.trim() : undefined;
  return { address: forwarded || peer, userAgent: header(req, 'user-agent')?.slice(0, 300) ?? null };
}

/** A request's context for a verified caller (HTTP requests and subscription events alike). */
export function gatewayContext(identity: Identity, purpose: string | null, client: ClientInfo, reach: ReachCache): GatewayContext {
  return {
    caller: { identity, purpose, requestId: randomUUID(), grant: NO_GRANT },
    client,
    grantFor: async (request) => grantFor(await reach.reachOf(identity), subjectsOfFetch(request)),
    disclosures: [],
    audited: { refusal: false },
  };
}

/** Builds the context; throws UNAUTHENTICATED (HTTP 401) for anonymous or invalid tokens. */
export function createContextFunction(verify: TokenVerifier, reach: ReachCache) {
  return async (req: IncomingMessage): Promise<GatewayContext> => {
    const identity = await verify(header(req, 'authorization'));
    return gatewayContext(identity, statedPurpose(header(req, 'x-purpose')), clientInfo(req), reach);
  };
}

/** The internal token for one subgraph fetch: the caller and what this fetch may read. */
export async function internalTokenFor(context: GatewayContext, request: Pick<GraphQLRequest, 'query' | 'variables'>, secret: string): Promise<string> {
  if (context.internalToken) return context.internalToken;
  const grant = await context.grantFor(request);
  if (grant === 'all') return (context.internalToken ??= signInternalToken({ ...context.caller, grant }, secret));
  // The same grant gives the same token: signed once per request, not once per fetch.
  const key = JSON.stringify(grant);
  context.signedByGrant ??= new Map();
  let token = context.signedByGrant.get(key);
  if (!token) context.signedByGrant.set(key, (token = signInternalToken({ ...context.caller, grant }, secret)));
  return token;
}
