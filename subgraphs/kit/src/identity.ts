import { createSigner, createVerifier } from 'fast-jwt';
import { z } from 'zod';
import { unauthenticated } from './errors';

/** Roles of CONTRACT.md's seeded staff. */
export const ROLES = ['caseworker', 'supervisor', 'tax', 'auditor', 'service'] as const;
export type Role = (typeof ROLES)[number];

/**
 * Purposes a request may state in `x-purpose` (CONTRACT.md), plus `tax-assessment` (the tax
 * division's 課税事務) and `access-control` (the gateway's own lookups of who may see whom).
 */
export const PURPOSES = ['investigation', 'case-review', 'visit-prep', 'notice-handling', 'audit', 'tax-assessment', 'access-control'] as const;
export type Purpose = (typeof PURPOSES)[number];

/** The division (所属) each role belongs to: a token whose division disagrees carries no role. */
export const ROLE_DIVISIONS: Readonly<Record<Role, string>> = { caseworker: 'welfare', supervisor: 'welfare', tax: 'tax', auditor: 'audit', service: 'system' };

/** Why each role may read personal data: a purpose outside its list is refused (PURPOSE_NOT_ALLOWED). */
export const ROLE_PURPOSES: Readonly<Record<Role, readonly Purpose[]>> = {
  caseworker: ['investigation', 'case-review', 'visit-prep', 'notice-handling'],
  supervisor: ['investigation', 'case-review', 'visit-prep', 'notice-handling'],
  tax: ['tax-assessment'],
  auditor: ['audit'],
  service: ['notice-handling', 'access-control'],
};

/**
 * Whose data the caller may read in one subgraph request, signed by the gateway: every
 * resident (`all`: roles whose duties are not a caseload), or the listed persons and
 * households — the ones of this request that the caller's caseload and applications reach.
 */
export type Grant = 'all' | { atenaNos: readonly string[]; householdNos: readonly string[] };
export const NO_GRANT: Grant = { atenaNos: [], householdNos: [] };

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
  /** Whose data this request may read (CASELOAD fields); absent from the token means nobody's. */
  grant: Grant;
}

/** Header carrying the gateway-signed internal token to subgraphs. */
export const INTERNAL_TOKEN_HEADER = 'x-internal-token';
const ISSUER = 'smart-casework-gateway';
const AUDIENCE = 'smart-casework-subgraphs';

type Signer = (payload: Record<string, unknown>) => string;
type Verifier = (token: string) => Record<string, unknown>;
const signers = new Map<string, Signer>();
const verifiers = new Map<string, Verifier>();

/**
 * fast-jwt rather than jose for the internal token: the gateway signs one or two per request and
 * every subgraph fetch verifies one, and jose's WebCrypto HMAC on Node 20 costs over ten times
 * the CPU of node:crypto's, which fast-jwt uses. jose still verifies the staff's own tokens
 * (OIDC, JWKS).
 */
function signerFor(secret: string, ttlSeconds: number): Signer {
  const key = `${ttlSeconds}:${secret}`;
  let signer = signers.get(key);
  if (!signer) signers.set(key, (signer = createSigner({ key: secret, algorithm: 'HS256', iss: ISSUER, aud: AUDIENCE, expiresIn: ttlSeconds * 1000 })));
  return signer;
}

function verifierFor(secret: string): Verifier {
  let verifier = verifiers.get(secret);
  if (!verifier) verifiers.set(secret, (verifier = createVerifier({ key: secret, algorithms: ['HS256'], allowedIss: ISSUER, allowedAud: AUDIENCE, requiredClaims: ['iss', 'aud', 'sub', 'exp'] })));
  return verifier;
}

/** Signs the caller for subgraphs (HS256, short-lived: one request's worth). */
export async function signInternalToken(caller: Caller, secret: string, ttlSeconds = 60): Promise<string> {
  const grant = caller.grant === 'all' ? 'all' : { a: caller.grant.atenaNos, h: caller.grant.householdNos };
  return signerFor(secret, ttlSeconds)({ ...caller.identity, purpose: caller.purpose, rid: caller.requestId, grant, sub: caller.identity.staffId });
}

const grantClaim = z.union([z.literal('all'), z.object({ a: z.array(z.string()), h: z.array(z.string()) })]);

function grantFromClaim(claim: unknown): Grant {
  const parsed = grantClaim.safeParse(claim);
  if (!parsed.success) return NO_GRANT;
  return parsed.data === 'all' ? 'all' : { atenaNos: parsed.data.a, householdNos: parsed.data.h };
}

/** Verifies the gateway's token; anything else is UNAUTHENTICATED and sees no personal data. */
export async function verifyInternalToken(token: string | undefined, secret: string): Promise<Caller> {
  if (!token) throw unauthenticated('Requests must come through the gateway');
  try {
    const payload = verifierFor(secret)(token);
    const identity = identitySchema.parse(payload);
    return {
      identity,
      purpose: typeof payload.purpose === 'string' ? payload.purpose : null,
      requestId: typeof payload.rid === 'string' ? payload.rid : null,
      grant: grantFromClaim(payload.grant),
    };
  } catch {
    throw unauthenticated('Invalid or expired gateway token');
  }
}
