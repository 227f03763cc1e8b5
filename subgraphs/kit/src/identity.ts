import { jwtVerify, SignJWT } from 'jose';
import { z } from 'zod';
import { unauthenticated } from './errors';

/** Roles of CONTRACT.md's seeded staff. */
export const ROLES = ['caseworker', 'supervisor', 'tax', 'auditor', 'service'] as const;
export type Role = (typeof ROLES)[number];

/** Purposes a request may state in `x-purpose` (CONTRACT.md). */
export const PURPOSES = ['investigation', 'case-review', 'visit-prep', 'notice-handling', 'audit'] as const;

/** Who is asking: what the gateway verified and forwards to every subgraph. */
export const identitySchema = z.object({
  staffId: z.string().min(1),
  name: z.string(),
  role: z.enum(ROLES),
  division: z.string(),
});
export type Identity = z.infer<typeof identitySchema>;

/** What a subgraph learns about the request from the gateway's internal token. */
export interface Caller {
  identity: Identity;
  /** Stated purpose (`x-purpose`), if any. */
  purpose: string | null;
  /** Gateway request id, for correlating logs. */
  requestId: string | null;
}

/** Header carrying the gateway-signed internal token to subgraphs. */
export const INTERNAL_TOKEN_HEADER = 'x-internal-token';
const ISSUER = 'smart-casework-gateway';
const AUDIENCE = 'smart-casework-subgraphs';

const keyCache = new Map<string, Uint8Array>();
function keyFor(secret: string): Uint8Array {
  let key = keyCache.get(secret);
  if (!key) keyCache.set(secret, (key = new TextEncoder().encode(secret)));
  return key;
}

/** Signs the caller for subgraphs (HS256, short-lived: one request's worth). */
export async function signInternalToken(caller: Caller, secret: string, ttlSeconds = 60): Promise<string> {
  return new SignJWT({ ...caller.identity, purpose: caller.purpose, rid: caller.requestId })
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setSubject(caller.identity.staffId)
    .setIssuedAt()
    .setExpirationTime(`${ttlSeconds}s`)
    .sign(keyFor(secret));
}

/** Verifies the gateway's token; anything else is UNAUTHENTICATED and sees no personal data. */
export async function verifyInternalToken(token: string | undefined, secret: string): Promise<Caller> {
  if (!token) throw unauthenticated('Requests must come through the gateway');
  try {
    const { payload } = await jwtVerify(token, keyFor(secret), { issuer: ISSUER, audience: AUDIENCE, algorithms: ['HS256'] });
    const identity = identitySchema.parse(payload);
    return {
      identity,
      purpose: typeof payload.purpose === 'string' ? payload.purpose : null,
      requestId: typeof payload.rid === 'string' ? payload.rid : null,
    };
  } catch {
    throw unauthenticated('Invalid or expired gateway token');
  }
}
