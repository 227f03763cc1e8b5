import { identitySchema, ROLES, unauthenticated, type Identity } from '@smart-casework/kit';
import { createRemoteJWKSet, jwtVerify, SignJWT, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import type { GatewayConfig } from './config';

/** Issuer and audience of the demo's dev tokens. */
export const DEV_ISSUER = 'smart-casework-dev';
export const DEV_AUDIENCE = 'smart-casework';
/** A working day: a dev token outlives a shift, not a week. */
const DEV_TOKEN_TTL = '8h';

/** Verifies an `Authorization` header value; anything but a valid bearer token is UNAUTHENTICATED. */
export type TokenVerifier = (authorization: string | undefined) => Promise<Identity>;

type AuthConfig = Pick<GatewayConfig, 'AUTH_MODE' | 'DEV_JWT_SECRET' | 'OIDC_ISSUER' | 'OIDC_AUDIENCE' | 'OIDC_JWKS_URL' | 'OIDC_STAFF_ID_CLAIM' | 'OIDC_ROLE_CLAIM' | 'OIDC_DIVISION_CLAIM'>;

const encoder = new TextEncoder();

/** Signs a dev token for a seeded staff member (AUTH_MODE=dev only). */
export async function signDevToken(identity: Identity, secret: string): Promise<string> {
  return new SignJWT({ name: identity.name, role: identity.role, division: identity.division })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(identity.staffId)
    .setIssuer(DEV_ISSUER)
    .setAudience(DEV_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(DEV_TOKEN_TTL)
    .sign(encoder.encode(secret));
}

/** An IdP may send roles as a string or a list; the first one we know wins. */
function pickRole(value: unknown): string | undefined {
  const candidates = Array.isArray(value) ? value : [value];
  return candidates.find((c): c is string => typeof c === 'string' && (ROLES as readonly string[]).includes(c));
}

function identityFromClaims(payload: JWTPayload, claims: { staffId: string; role: string; division: string }): Identity {
  const parsed = identitySchema.safeParse({
    staffId: payload[claims.staffId],
    name: payload.name ?? payload[claims.staffId],
    role: pickRole(payload[claims.role]),
    division: payload[claims.division],
  });
  if (!parsed.success) throw unauthenticated('The token does not carry a staff identity (staff id, role, division)');
  return parsed.data;
}

function bearer(authorization: string | undefined): string {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
  if (!match?.[1]) throw unauthenticated('A bearer token is required (Authorization: Bearer <JWT>)');
  return match[1];
}

export function createTokenVerifier(config: AuthConfig): TokenVerifier {
  const dev = config.AUTH_MODE === 'dev';
  const key: Uint8Array | JWTVerifyGetKey = dev ? encoder.encode(config.DEV_JWT_SECRET) : createRemoteJWKSet(new URL(config.OIDC_JWKS_URL ?? ''));
  const options = dev
    ? { issuer: DEV_ISSUER, audience: DEV_AUDIENCE, algorithms: ['HS256'] }
    : { issuer: config.OIDC_ISSUER, audience: config.OIDC_AUDIENCE, algorithms: ['RS256', 'ES256', 'PS256', 'EdDSA'] };
  const claims = dev
    ? { staffId: 'sub', role: 'role', division: 'division' }
    : { staffId: config.OIDC_STAFF_ID_CLAIM, role: config.OIDC_ROLE_CLAIM, division: config.OIDC_DIVISION_CLAIM };
  return async (authorization) => {
    const token = bearer(authorization);
    let payload: JWTPayload;
    try {
      // Overloads differ by key kind; both branches are the same call.
      ({ payload } = typeof key === 'function' ? await jwtVerify(token, key, options) : await jwtVerify(token, key, options));
    } catch {
      throw unauthenticated('Invalid or expired token');
    }
    return identityFromClaims(payload, claims);
  };
}
