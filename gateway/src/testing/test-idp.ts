import { createServer } from 'node:http';
import { close, listen } from '@smart-casework/kit';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';

/** The settings a gateway needs to trust a TestIdp (AUTH_MODE=oidc). */
export interface OidcSettings {
  AUTH_MODE: 'oidc';
  OIDC_ISSUER: string;
  OIDC_AUDIENCE: string;
  OIDC_JWKS_URL: string;
}

export interface TestIdp {
  config: OidcSettings;
  /** A bearer token for a staff member, as the city's IdP would issue it. */
  token(staff: { staffId: string; name?: string; role: string; division: string }): Promise<string>;
  stop(): Promise<void>;
}

/** A city IdP on the closed network, for gateways in production mode: an RS256 key and its JWKS. */
export async function startTestIdp(issuer = 'https://idp.city.example', audience = 'smart-casework'): Promise<TestIdp> {
  const { publicKey, privateKey } = await generateKeyPair('RS256');
  const jwk = { ...(await exportJWK(publicKey)), kid: 'test', alg: 'RS256', use: 'sig' };
  const server = createServer((_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys: [jwk] })));
  const base = await listen(server, 0);
  return {
    config: { AUTH_MODE: 'oidc', OIDC_ISSUER: issuer, OIDC_AUDIENCE: audience, OIDC_JWKS_URL: `${base}/jwks` },
    token: (staff) => new SignJWT({ name: staff.name ?? staff.staffId, role: staff.role, division: staff.division })
      .setProtectedHeader({ alg: 'RS256', kid: 'test' })
      .setSubject(staff.staffId).setIssuer(issuer).setAudience(audience).setIssuedAt().setExpirationTime('10m')
      .sign(privateKey),
    stop: () => close(server),
  };
}
