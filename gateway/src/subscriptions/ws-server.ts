import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import type { Identity, Logger } from '@smart-casework/kit';
import { GraphQLError, Kind, parse, print, type DocumentNode, type ExecutionArgs, type ExecutionResult, type FormattedExecutionResult, type GraphQLSchema } from 'graphql';
import type { Context } from 'graphql-ws';
import { decodeJwt } from 'jose';
import { useServer, type Extra } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import type { TokenVerifier } from '../auth';
import { clientInfo, type ClientInfo } from '../context';
import type { RateLimits } from '../hardening/rate-limits';
import type { SubscriptionGuard } from '../hardening/subscription-gate';
import { RECEIVING_ROLES, type NoticeHub } from './hub';
import { noticeStream } from './notice-stream';
import type { NoticeResolver, PreparedNoticeQuery } from './resolve-notice';
import { toNoticeQuery, validateNoticeSubscription } from './rewrite';

type SocketContext = Context<Record<string, unknown>, Extra & Partial<{ identity: Identity }>>;

/** What each subscription executes with: who subscribed and their rewritten query. */
interface LiveContext {
  identity: Identity;
  prepared: PreparedNoticeQuery;
  /** The subscribing terminal, for the audit trail of each event's disclosure. */
  client: ClientInfo;
}

export interface LiveServerOptions {
  http: Server;
  /** The gateway's API schema, in this module's graphql. */
  schema: GraphQLSchema;
  verify: TokenVerifier;
  hub: NoticeHub;
  resolve: NoticeResolver;
  /** Persisted documents and query limits (hardening); none: any document within the server's own checks. */
  guard?: SubscriptionGuard | undefined;
  /** The HTTP rate limits (hardening): a connection attempt counts as a request; none: unlimited. */
  limits?: ConnectionLimits | undefined;
  logger: Logger;
}

/** What the socket server counts: an authenticated connection per caller, a refused one per address. */
export type ConnectionLimits = Pick<RateLimits, 'forCaller' | 'failedAuthentication'>;

export interface LiveServer {
  /** Closes every socket (1001) and stops accepting upgrades. */
  close(): Promise<void>;
}

/** Closes before graphql-ws answers; its own 4403 "Forbidden" that follows is then a no-op. */
function refuse(ctx: SocketContext, code: 4401 | 4403 | 4429, reason: string): false {
  ctx.extra.socket.close(code, reason);
  return false;
}

/**
 * graphql-ws closes the socket when `parse` throws; a syntax error is the client's mistake, so
 * it is kept and reported by `validate` as an error message on that one operation instead.
 */
const syntaxErrors = new WeakMap<DocumentNode, GraphQLError>();

/**
 * Subscribe messages the guard refused, by the marker put in place of their text: graphql-ws
 * takes errors from onSubscribe only as instances of its own copy of graphql (not this module's
 * under a test runner), so `validate` reports the refusal instead, like a syntax error.
 */
const refusals = new Map<string, GraphQLError>();

function refuseOperation(payload: { query: string }, refusal: GraphQLError): void {
  const marker = `# refused ${randomUUID()}`;
  const { http: _http, ...extensions } = refusal.extensions;
  refusals.set(marker, new GraphQLError(refusal.message, { extensions }));
  payload.query = marker;
}

function parseKeepingErrors(source: Parameters<typeof parse>[0]): DocumentNode {
  const refusal = typeof source === 'string' ? refusals.get(source) : undefined;
  if (refusal && typeof source === 'string') {
    refusals.delete(source);
    const document: DocumentNode = { kind: Kind.DOCUMENT, definitions: [] };
    syntaxErrors.set(document, refusal);
    return document;
  }
  try {
    return parse(source);
  } catch (error) {
    const document: DocumentNode = { kind: Kind.DOCUMENT, definitions: [] };
    syntaxErrors.set(document, error instanceof GraphQLError ? error : new GraphQLError('Syntax error'));
    return document;
  }
}

/** Counts one attempt; false (the socket closed with 4429) once over the limit. */
async function withinLimit(ctx: SocketContext, count: () => Promise<void>, logger: Logger): Promise<boolean> {
  try {
    await count();
    return true;
  } catch (error) {
    const retryAfter = (error as { extensions?: { retryAfter?: number } }).extensions?.retryAfter;
    logger.info({ address: clientInfo(ctx.extra.request).address, retryAfter }, 'websocket refused: rate limited');
    return refuse(ctx, 4429, `Too many requests: try again in ${retryAfter ?? 60} s`);
  }
}

async function authenticate(ctx: SocketContext, verify: TokenVerifier, limits: ConnectionLimits | undefined, logger: Logger): Promise<boolean> {
  const authorization = ctx.connectionParams?.authorization ?? ctx.connectionParams?.Authorization;
  let identity: Identity;
  try {
    identity = await verify(typeof authorization === 'string' ? authorization : undefined);
  } catch (error) {
    // Guessing tokens over sockets is counted like failed sign-ins over HTTP.
    if (limits && !(await withinLimit(ctx, () => limits.failedAuthentication(clientInfo(ctx.extra.request).address ?? 'unknown'), logger))) return false;
    const reason = (error as { extensions?: { messageEn?: string } }).extensions?.messageEn ?? 'Invalid token';
    logger.info({ reason }, 'websocket refused: unauthenticated');
    return refuse(ctx, 4401, `Unauthorized: ${reason} (connectionParams.authorization)`);
  }
  // A connection counts as one request of its caller: reconnecting in a loop is limited like polling.
  if (limits && !(await withinLimit(ctx, () => limits.forCaller(identity), logger))) return false;
  if (!RECEIVING_ROLES.includes(identity.role)) {
    logger.info({ staffId: identity.staffId, role: identity.role }, 'websocket refused: role receives no notices');
    return refuse(ctx, 4403, `Forbidden: role ${identity.role} receives no change notices`);
  }
  ctx.extra.identity = identity;
  closeAtExpiry(ctx, String(authorization));
  return true;
}

/** setTimeout's longest delay; tokens live hours, never this long. */
const MAX_TIMER_MS = 2_147_483_647;

/**
 * A socket lives no longer than the token it was opened with: at its expiry the socket is
 * closed with 4401, and the client reconnects with a fresh token (and catches up by cursor).
 */
function closeAtExpiry(ctx: SocketContext, authorization: string): void {
  let expiresAt: number | undefined;
  try {
    expiresAt = decodeJwt(authorization.replace(/^Bearer\s+/i, '').trim()).exp;
  } catch {
    return;
  }
  if (expiresAt === undefined) return;
  const { socket } = ctx.extra;
  const timer = setTimeout(() => socket.close(4401, 'Unauthorized: token expired'), Math.min(MAX_TIMER_MS, Math.max(0, expiresAt * 1000 - Date.now())));
  timer.unref();
  socket.once('close', () => clearTimeout(timer));
}

/**
 * graphql-ws on the gateway's HTTP server at /graphql: token checked on connect, only
 * `noticeAdded` served (queries and mutations are refused: they go over HTTP, where CSRF checks,
 * `x-purpose` and the request log apply), each event resolved through the federated graph.
 */
export function startLiveServer(options: LiveServerOptions): LiveServer {
  const { schema, hub, resolve, logger } = options;
  const wss = new WebSocketServer({ server: options.http, path: '/graphql', maxPayload: 1_000_000 });
  const server = useServer<Record<string, unknown>, { identity: Identity }>({
    schema,
    parse: parseKeepingErrors,
    validate: (_schema, document) => {
      const syntaxError = syntaxErrors.get(document);
      if (syntaxError) return [syntaxError];
      const errors = validateNoticeSubscription(schema, document);
      return errors.length > 0 || !options.guard ? errors : options.guard.validate(schema, document);
    },
    onSubscribe: (_ctx, _id, payload) => {
      const refused = options.guard?.onSubscribe(payload)?.[0];
      if (refused) refuseOperation(payload, refused);
    },
    onConnect: (ctx) => authenticate(ctx, options.verify, options.limits, logger),
    context: (ctx, _id, _payload, args): LiveContext => {
      const { document, responseKey } = toNoticeQuery(schema, args.document);
      const identity = ctx.extra.identity;
      if (!identity) throw new Error('subscription on an unauthenticated socket');
      return { identity, client: clientInfo(ctx.extra.request), prepared: { query: print(document), operationName: args.operationName ?? null, variables: { ...args.variableValues }, responseKey } };
    },
    subscribe: (args: ExecutionArgs) => {
      const { identity, prepared, client } = args.contextValue as LiveContext;
      // Formatted results, not ExecutionResult: onNext below sends them without toJSON().
      return noticeStream(hub, identity, (event) => resolve(prepared, identity, event, client)) as AsyncIterableIterator<ExecutionResult>;
    },
    // Results are already formatted by Apollo (masked errors, no stack): sent as they are.
    onNext: (_ctx, _id, _payload, _args, result) => result as FormattedExecutionResult,
  }, wss);
  return {
    async close() {
      for (const socket of wss.clients) socket.close(1001, 'Gateway shutting down');
      // A client that never answers the close frame must not hold the shutdown.
      const stragglers = setTimeout(() => { for (const socket of wss.clients) socket.terminate(); }, 2000);
      await server.dispose();
      clearTimeout(stragglers);
    },
  };
}
