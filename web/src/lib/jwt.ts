/**
 * Reads a JWT's claims without verifying it: the gateway verifies every token; the portal only
 * needs `exp` (how long to keep the cookie) and, for OIDC, the claims of an ID token it just
 * received over TLS from the IdP's token endpoint (OIDC Core 3.1.3.7).
 */
export type Claims = Record<string, unknown>;

export function decodeClaims(token: string): Claims | null {
  const payload = token.split('.')[1];
  if (!payload) return null;
  try {
    const json = Buffer.from(payload, 'base64url').toString('utf8');
    const claims: unknown = JSON.parse(json);
    return claims !== null && typeof claims === 'object' && !Array.isArray(claims) ? (claims as Claims) : null;
  } catch {
    return null;
  }
}

/** Seconds until the token expires (at least 60), or `fallback` when it carries no `exp`. */
export function secondsToExpiry(token: string, now: Date = new Date(), fallback = 8 * 3600): number {
  const exp = decodeClaims(token)?.exp;
  if (typeof exp !== 'number') return fallback;
  return Math.max(60, Math.floor(exp - now.getTime() / 1000));
}
