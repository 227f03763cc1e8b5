/**
 * Sign-in through the city's OpenID Connect provider (AUTH_MODE=oidc): authorization code flow
 * with PKCE, state and nonce. The IdP is on the closed network; the portal keeps the token the
 * gateway verifies (PORTAL_OIDC_TOKEN) in the session cookie and nothing else.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { OidcConfig } from './config';
import { decodeClaims } from './jwt';

export const OIDC_FLOW_COOKIE = 'sc_oidc';
export const CALLBACK_PATH = '/auth/callback';

interface Discovery {
  authorization_endpoint: string;
  token_endpoint: string;
}

/** What the browser carries between the redirect to the IdP and the callback. */
export interface OidcFlow {
  state: string;
  nonce: string;
  verifier: string;
  next: string;
}

const discoveries = new Map<string, Promise<Discovery>>();

async function fetchDiscovery(issuer: string): Promise<Discovery> {
  const response = await fetch(`${issuer}/.well-known/openid-configuration`, { cache: 'no-store', signal: AbortSignal.timeout(10_000) });
  const body: unknown = await response.json();
  const doc = body as Partial<Discovery>;
  if (!response.ok || typeof doc.authorization_endpoint !== 'string' || typeof doc.token_endpoint !== 'string') {
    throw new Error(`OIDC discovery at ${issuer} did not name the authorization and token endpoints`);
  }
  return { authorization_endpoint: doc.authorization_endpoint, token_endpoint: doc.token_endpoint };
}

function discovery(issuer: string): Promise<Discovery> {
  let found = discoveries.get(issuer);
  if (!found) {
    found = fetchDiscovery(issuer);
    // A failed discovery is retried on the next sign-in rather than cached.
    found.catch(() => discoveries.delete(issuer));
    discoveries.set(issuer, found);
  }
  return found;
}

const random = () => randomBytes(32).toString('base64url');

export function newFlow(next: string): OidcFlow {
  return { state: random(), nonce: random(), verifier: random(), next };
}

export async function authorizationUrl(oidc: OidcConfig, flow: OidcFlow, redirectUri: string): Promise<string> {
  const { authorization_endpoint } = await discovery(oidc.issuer);
  const url = new URL(authorization_endpoint);
  url.search = new URLSearchParams({
    response_type: 'code',
    client_id: oidc.clientId,
    redirect_uri: redirectUri,
    scope: oidc.scope,
    state: flow.state,
    nonce: flow.nonce,
    code_challenge: createHash('sha256').update(flow.verifier).digest('base64url'),
    code_challenge_method: 'S256',
  }).toString();
  return url.toString();
}

function audienceIncludes(aud: unknown, clientId: string): boolean {
  return aud === clientId || (Array.isArray(aud) && aud.includes(clientId));
}

/** Exchanges the code and checks the ID token's issuer, audience, nonce and expiry; returns the token to keep. */
export async function redeemCode(oidc: OidcConfig, flow: OidcFlow, code: string, redirectUri: string): Promise<string> {
  const { token_endpoint } = await discovery(oidc.issuer);
  const form = new URLSearchParams({ grant_type: 'authorization_code', code, redirect_uri: redirectUri, client_id: oidc.clientId, code_verifier: flow.verifier });
  if (oidc.clientSecret) form.set('client_secret', oidc.clientSecret);
  const response = await fetch(token_endpoint, { method: 'POST', body: form, cache: 'no-store', signal: AbortSignal.timeout(10_000) });
  const body = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  const idToken = body.id_token;
  if (!response.ok || typeof idToken !== 'string') throw new Error(`token endpoint answered HTTP ${response.status}`);
  const claims = decodeClaims(idToken);
  const fresh = typeof claims?.exp === 'number' && claims.exp * 1000 > Date.now();
  if (!claims || String(claims.iss).replace(/\/$/, '') !== oidc.issuer || !audienceIncludes(claims.aud, oidc.clientId) || claims.nonce !== flow.nonce || !fresh) {
    throw new Error('ID token failed the issuer, audience, nonce or expiry check');
  }
  const kept = oidc.forwardedToken === 'id_token' ? idToken : body.access_token;
  if (typeof kept !== 'string') throw new Error('token endpoint returned no access_token');
  return kept;
}

export function encodeFlow(flow: OidcFlow): string {
  return Buffer.from(JSON.stringify(flow)).toString('base64url');
}

export function decodeFlow(value: string | undefined): OidcFlow | null {
  if (!value) return null;
  try {
    const flow = JSON.parse(Buffer.from(value, 'base64url').toString('utf8')) as Partial<OidcFlow>;
    const complete = [flow.state, flow.nonce, flow.verifier, flow.next].every((v) => typeof v === 'string');
    return complete ? (flow as OidcFlow) : null;
  } catch {
    return null;
  }
}
