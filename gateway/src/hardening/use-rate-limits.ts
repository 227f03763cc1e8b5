import type { IncomingMessage } from 'node:http';
import { sendJson, type Route } from '@smart-casework/kit';
import type { GraphQLError } from 'graphql';
import type { RateLimits } from './rate-limits';

/**
 * The peer's address. `x-forwarded-for` is not trusted here: anyone could send a new one with
 * every attempt. (Behind the portal, signed-in staff are counted by staffId instead.)
 */
export const peerAddress = (req: IncomingMessage) => req.socket.remoteAddress ?? 'unknown';

const codeOf = (error: unknown) => (error as { extensions?: { code?: unknown } } | null)?.extensions?.code;

/** What the context function of `/graphql` must expose for per-user counting. */
interface WithCaller {
  caller: { identity: { staffId: string; role: string } };
}

/**
 * Wraps the GraphQL context function: failed authentications count per address (past the limit
 * they are answered 429 instead of 401), authenticated callers per staffId. Valid tokens from an
 * address that also sends bad ones are not held up: the portal's server forwards everyone's.
 * Refusals are GraphQL errors with HTTP 429, answered by Apollo like any context failure.
 */
export function withRateLimits<C extends WithCaller>(context: (req: IncomingMessage) => Promise<C>, limits: RateLimits): (req: IncomingMessage) => Promise<C> {
  return async (req) => {
    let value: C;
    try {
      value = await context(req);
    } catch (error) {
      if (codeOf(error) === 'UNAUTHENTICATED') await limits.failedAuthentication(peerAddress(req));
      throw error;
    }
    await limits.forCaller(value.caller.identity);
    return value;
  };
}

/** A plain route (e.g. `POST /auth/dev-token`) counted per address; 429 with the GraphQL-style error over the limit. */
export function rateLimitedRoute(route: Route, consume: (address: string) => Promise<void>): Route {
  return async (req, res, body) => {
    try {
      await consume(peerAddress(req));
    } catch (error) {
      if (codeOf(error) !== 'RATE_LIMITED') throw error;
      const { message, extensions } = error as GraphQLError;
      res.setHeader('retry-after', String(extensions.retryAfter));
      const { http: _http, ...shown } = extensions;
      return sendJson(res, 429, { error: String(extensions.messageEn), errors: [{ message, extensions: shown }] });
    }
    return route(req, res, body);
  };
}
