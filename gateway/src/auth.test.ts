import { createServer } from 'node:http';
import { close, listen } from '@smart-casework/kit';
import { exportJWK, generateKeyPair, SignJWT, UnsecuredJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTokenVerifier, DEV_AUDIENCE, DEV_ISSUER, signDevToken } from './auth';
import { loadGatewayConfig } from './config';

const dev = loadGatewayConfig({});
const verifyDev = createTokenVerifier(dev);
const cw001 = { staffId: 'cw001', name: '試験 ケースワーカー', role: 'caseworker', division: 'welfare' } as const;
const key = (secret: string) => new TextEncoder().encode(secret);

const rejects = async (authorization: string | undefined, verify = verifyDev) => {
  await expect(verify(authorization)).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
};

describe('dev tokens', () => {
  it('verifies a token it signed and returns the identity', async () => {
    const token = await signDevToken(cw001, dev.DEV_JWT_SECRET);
    await expect(verifyDev(`Bearer ${token}`)).resolves.toEqual(cw001);
  });

  it('refuses anonymous requests and other schemes', async () => {
    await rejects(undefined);
    await rejects('');
    await rejects('Basic Y3cwMDE6cGFzcw==');
  });

  it('refuses a token signed with another key', async () => {
    await rejects(`Bearer ${await signDevToken(cw001, 'not-the-secret-but-long-enough-0123456789')}`);
  });

  it('refuses an expired token', async () => {
    const expired = await new SignJWT({ name: cw001.name, role: 'caseworker', division: 'welfare' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('cw001').setIssuer(DEV_ISSUER).setAudience(DEV_AUDIENCE)
      .setIssuedAt(Math.floor(Date.now() / 1000) - 9 * 3600).setExpirationTime(Math.floor(Date.now() / 1000) - 3600)
      .sign(key(dev.DEV_JWT_SECRET));
    await rejects(`Bearer ${expired}`);
  });

  it('refuses an unsigned token and one for another audience', async () => {
    await rejects(`Bearer ${new UnsecuredJWT({ role: 'supervisor', division: 'welfare', name: 'x' }).setSubject('sv001').setIssuer(DEV_ISSUER).setAudience(DEV_AUDIENCE).encode()}`);
    const other = await new SignJWT({ name: 'x', role: 'caseworker', division: 'welfare' }).setProtectedHeader({ alg: 'HS256' }).setSubject('cw001').setIssuer(DEV_ISSUER).setAudience('someone-else').setExpirationTime('1h').sign(key(dev.DEV_JWT_SECRET));
    await rejects(`Bearer ${other}`);
  });

  it('refuses a valid signature over an unknown role', async () => {
    const token = await new SignJWT({ name: 'x', role: 'admin', division: 'welfare' }).setProtectedHeader({ alg: 'HS256' }).setSubject('x').setIssuer(DEV_ISSUER).setAudience(DEV_AUDIENCE).setExpirationTime('1h').sign(key(dev.DEV_JWT_SECRET));
    await rejects(`Bearer ${token}`);
  });
});

describe('OIDC tokens (a city IdP on the closed network)', () => {
  const issuer = 'https://idp.city.example';
  let stop = async () => {};
  let sign: (claims: Record<string, unknown>) => Promise<string>;
  let verify: ReturnType<typeof createTokenVerifier>;

  beforeAll(async () => {
    const { publicKey, privateKey } = await generateKeyPair('RS256');
    const jwk = { ...(await exportJWK(publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
    const server = createServer((_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys: [jwk] })));
    const base = await listen(server, 0);
    stop = () => close(server);
    sign = (claims) => new SignJWT(claims).setProtectedHeader({ alg: 'RS256', kid: 'k1' }).setIssuer(issuer).setAudience('casework').setExpirationTime('5m').sign(privateKey);
    verify = createTokenVerifier(loadGatewayConfig({
      AUTH_MODE: 'oidc', OIDC_ISSUER: issuer, OIDC_AUDIENCE: 'casework', OIDC_JWKS_URL: `${base}/jwks`,
      OIDC_STAFF_ID_CLAIM: 'preferred_username', OIDC_ROLE_CLAIM: 'roles', OIDC_DIVISION_CLAIM: 'dept', INTERNAL_TOKEN_SECRET: 'x'.repeat(40),
    }));
  });
  afterAll(() => stop());

  it('maps the configured claims, taking the first known role of a list', async () => {
    const token = await sign({ sub: 'uuid-1', preferred_username: 'sv001', name: '試験 査察指導員', roles: ['offline_access', 'supervisor'], dept: 'welfare' });
    await expect(verify(`Bearer ${token}`)).resolves.toEqual({ staffId: 'sv001', name: '試験 査察指導員', role: 'supervisor', division: 'welfare' });
  });

  it('refuses a dev token and a token without a known role', async () => {
    await expect(verify(`Bearer ${await signDevToken(cw001, dev.DEV_JWT_SECRET)}`)).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    await expect(verify(`Bearer ${await sign({ preferred_username: 'x', roles: ['offline_access'], dept: 'welfare' })}`)).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
  });
});
