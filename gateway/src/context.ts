import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { PURPOSES, signInternalToken, type Caller } from '@smart-casework/kit';
import type { TokenVerifier } from './auth';

/** What the gateway knows about a request; data sources read it to sign for subgraphs. */
export interface GatewayContext {
  caller: Caller;
  /** The internal token, signed on first use so that a request fanning out signs once. */
  internalToken?: Promise<string>;
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** `x-purpose` when it is one of CONTRACT.md's purposes; anything else is treated as unstated. */
export function statedPurpose(value: string | undefined): string | null {
  return value !== undefined && (PURPOSES as readonly string[]).includes(value) ? value : null;
}

/** Builds the context; throws UNAUTHENTICATED (HTTP 401) for anonymous or invalid tokens. */
export function createContextFunction(verify: TokenVerifier) {
  return async (req: IncomingMessage): Promise<GatewayContext> => {
    const identity = await verify(header(req, 'authorization'));
    return { caller: { identity, purpose: statedPurpose(header(req, 'x-purpose')), requestId: randomUUID() } };
  };
}

export function internalTokenFor(context: GatewayContext, secret: string): Promise<string> {
  context.internalToken ??= signInternalToken(context.caller, secret);
  return context.internalToken;
}
