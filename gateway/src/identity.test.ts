import { DEV_INTERNAL_SECRET, INTERNAL_TOKEN_HEADER, NO_GRANT, signInternalToken, type RunningSubgraph } from '@smart-casework/kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SignJWT } from 'jose';
import { DEV_AUDIENCE, DEV_ISSUER, signDevToken } from './auth';
import { DEV_JWT_SECRET_DEFAULT } from './config';
import { devToken, post, startFake, startFakeGateway } from './testing/harness';

/** Identity end to end over fake departments: who may ask, and what subgraphs learn. */
describe('gateway identity', () => {
  let residents: RunningSubgraph;
  let tax: RunningSubgraph;
  let welfare: RunningSubgraph;
  let gateway: Awaited<ReturnType<typeof startFakeGateway>>;

  beforeAll(async () => {
    [residents, tax, welfare] = await Promise.all([startFake('residents'), startFake('tax'), startFake('welfare')]);
    gateway = await startFakeGateway({ residents: residents.url, tax: tax.url, welfare: welfare.url });
  });
  afterAll(async () => {
    await gateway?.stop();
    await Promise.all([residents?.stop(), tax?.stop(), welfare?.stop()]);
  });

  it('refuses anonymous requests with HTTP 401 and UNAUTHENTICATED', async () => {
    const { status, body } = await post(gateway.url, '{ residentsSeenBy }');
    expect(status).toBe(401);
    expect(body.data).toBeUndefined();
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', messageEn: expect.any(String) });
  });

  it('refuses a forged token', async () => {
    const forged = await signDevToken({ staffId: 'sv001', name: 'x', role: 'supervisor', division: 'welfare' }, 'forged-secret-that-is-long-enough-0123456789');
    const { status, body } = await post(gateway.url, '{ residentsSeenBy }', {}, { authorization: `Bearer ${forged}` });
    expect(status).toBe(401);
    expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses an expired token', async () => {
    const now = Math.floor(Date.now() / 1000);
    const expired = await new SignJWT({ name: 'x', role: 'caseworker', division: 'welfare' })
      .setProtectedHeader({ alg: 'HS256' }).setSubject('cw001').setIssuer(DEV_ISSUER).setAudience(DEV_AUDIENCE)
      .setIssuedAt(now - 9 * 3600).setExpirationTime(now - 3600)
      .sign(new TextEncoder().encode(DEV_JWT_SECRET_DEFAULT));
    const { status, body } = await post(gateway.url, '{ residentsSeenBy }', {}, { authorization: `Bearer ${expired}` });
    expect(status).toBe(401);
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', messageEn: 'Invalid or expired token' });
  });

  it('tells every subgraph who is asking, why, and under one request id', async () => {
    const { status, body } = await post(gateway.url, '{ residentsSeenBy resident(atenaNo: "000900001") { tax { seenBy } } }', {}, { authorization: `Bearer ${await devToken()}`, 'x-purpose': 'investigation' });
    expect(status).toBe(200);
    const seen = body.data as { residentsSeenBy: string; resident: { tax: { seenBy: string } } };
    expect(seen.residentsSeenBy).toMatch(/^cw001\/investigation\/[0-9a-f-]{36}$/);
    expect(seen.resident.tax.seenBy).toBe(seen.residentsSeenBy);
  });

  it('refuses a purpose outside the contract, in Japanese and English, asking no department', async () => {
    const { status, body } = await post(gateway.url, '{ residentsSeenBy }', {}, { authorization: `Bearer ${await devToken()}`, 'x-purpose': 'curiosity' });
    expect(status).toBe(400);
    expect(body.data).toBeUndefined();
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'x-purpose' });
    expect(body.errors?.[0]?.message).toContain('照会目的');
  });

  it('forwards no purpose when none is stated (fields without personal data need none)', async () => {
    const { body } = await post(gateway.url, '{ residentsSeenBy }', {}, { authorization: `Bearer ${await devToken()}`, 'x-purpose': '' });
    expect((body.data as { residentsSeenBy: string }).residentsSeenBy).toMatch(/^cw001\/-\//);
  });

  it('a subgraph called directly without the gateway token gives UNAUTHENTICATED and no data', async () => {
    const attempts: Record<string, string>[] = [{}, { [INTERNAL_TOKEN_HEADER]: 'not-a-token' }, { authorization: `Bearer ${await devToken()}` }];
    for (const headers of attempts) {
      const { status, body } = await post(tax.url, '{ _entities(representations: [{__typename: "Resident", atenaNo: "000900001"}]) { ... on Resident { tax { hasRecord } } } }', {}, headers);
      expect(status).toBe(401);
      expect(body.data).toBeUndefined();
      expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
  });

  it('a subgraph accepts the gateway-signed token (and only that)', async () => {
    const token = await signInternalToken({ identity: { staffId: 'cw001', name: 'x', role: 'caseworker', division: 'welfare' }, purpose: null, requestId: 'r', grant: NO_GRANT }, DEV_INTERNAL_SECRET);
    const { status } = await post(residents.url, '{ residentsSeenBy }', {}, { [INTERNAL_TOKEN_HEADER]: token });
    expect(status).toBe(200);
  });

  it('passes BAD_USER_INPUT through with its English message and the department', async () => {
    const { body } = await post(gateway.url, '{ resident(atenaNo: "12-34") { name } }', {}, { authorization: `Bearer ${await devToken()}` });
    expect(body.data).toEqual({ resident: null });
    expect(body.errors?.[0]).toMatchObject({ message: '宛名番号が正しくありません。', extensions: { code: 'BAD_USER_INPUT', messageEn: 'atenaNo must be 8 to 15 digits', department: 'residents' } });
    expect(JSON.stringify(body)).not.toMatch(/stack|at .*\.ts/);
  });

  it('needs a CSRF-safe request: a plain GET without preflight headers is refused', async () => {
    const response = await fetch(`${gateway.url}?query=${encodeURIComponent('{ residentsSeenBy }')}`, { headers: { authorization: `Bearer ${await devToken()}` } });
    expect(response.status).toBe(400);
  });
});
