import type { RunningSubgraph } from '@smart-casework/kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { post, startFake, startFakeGateway } from './testing/harness';

async function requestToken(gatewayUrl: string, body: unknown) {
  const response = await fetch(new URL('/auth/dev-token', gatewayUrl), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: response.status, body: (await response.json()) as { token?: string; error?: string } };
}

describe('POST /auth/dev-token (AUTH_MODE=dev)', () => {
  let residents: RunningSubgraph;
  let welfare: RunningSubgraph;
  let gateway: Awaited<ReturnType<typeof startFakeGateway>>;

  beforeAll(async () => {
    [residents, welfare] = await Promise.all([startFake('residents'), startFake('welfare')]);
    gateway = await startFakeGateway({ residents: residents.url, tax: 'http://127.0.0.1:9/graphql', welfare: welfare.url });
  });
  afterAll(async () => {
    await gateway?.stop();
    await Promise.all([residents?.stop(), welfare?.stop()]);
  });

  it('issues a token for a staff member welfare knows, and `me` is that member', async () => {
    const { status, body } = await requestToken(gateway.url, { userId: 'cw001' });
    expect(status).toBe(200);
    const claims = JSON.parse(Buffer.from(String(body.token).split('.')[1] ?? '', 'base64url').toString()) as Record<string, unknown>;
    expect(claims).toMatchObject({ sub: 'cw001', role: 'caseworker', division: 'welfare', iss: 'smart-casework-dev', aud: 'smart-casework' });
    expect(Number(claims.exp) - Number(claims.iat)).toBe(8 * 3600);
    const me = await post(gateway.url, '{ me { staffId role division } }', {}, { authorization: `Bearer ${body.token}` });
    expect(me.body).toEqual({ data: { me: { staffId: 'cw001', role: 'caseworker', division: 'welfare' } } });
  });

  it('answers 404 in Japanese and English for an unknown user, 400 without a userId', async () => {
    const unknown = await requestToken(gateway.url, { userId: 'nobody' });
    expect(unknown.status).toBe(404);
    expect(unknown.body.error).toMatch(/職員 nobody は登録されていません。.*Unknown staff member nobody/);
    expect((await requestToken(gateway.url, {})).status).toBe(400);
  });

  it('answers 503 while welfare cannot be read', async () => {
    const down = await startFakeGateway({ residents: residents.url, welfare: 'http://127.0.0.1:9/graphql' });
    try {
      expect((await requestToken(down.url, { userId: 'cw001' })).status).toBe(503);
    } finally {
      await down.stop();
    }
  });

  it('does not exist outside dev mode', async () => {
    const oidc = await startFakeGateway({ residents: residents.url, welfare: welfare.url }, {
      // Outside dev mode the gateway refuses to start with the published dev secret.
      config: { AUTH_MODE: 'oidc', OIDC_ISSUER: 'https://idp.example', OIDC_AUDIENCE: 'x', OIDC_JWKS_URL: 'http://127.0.0.1:9/jwks', INTERNAL_TOKEN_SECRET: 'x'.repeat(40) },
    });
    try {
      expect((await requestToken(oidc.url, { userId: 'cw001' })).status).toBe(404);
    } finally {
      await oidc.stop();
    }
  });
});
