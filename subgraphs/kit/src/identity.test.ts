import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { signInternalToken, verifyInternalToken, type Caller } from './identity';

const SECRET = 'a-test-secret-of-at-least-thirty-two-characters';
const CALLER: Caller = { identity: { staffId: 'cw001', name: '担当 一郎', role: 'caseworker', division: 'welfare' }, purpose: 'investigation', requestId: 'req-1', grant: { atenaNos: ['000000017'], householdNos: ['H0001'] } };

const base64url = (value: unknown) => Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');

/** An HS256 token made by hand, to try what the verifier must refuse. */
function handMade(header: Record<string, unknown>, payload: Record<string, unknown>, secret = SECRET): string {
  const signingInput = `${base64url(header)}.${base64url(payload)}`;
  return `${signingInput}.${createHmac('sha256', secret).update(signingInput).digest('base64url')}`;
}

const now = () => Math.floor(Date.now() / 1000);
const claims = (overrides: Record<string, unknown> = {}) => ({ ...CALLER.identity, purpose: 'investigation', rid: 'req-1', grant: 'all', sub: 'cw001', iss: 'smart-casework-gateway', aud: 'smart-casework-subgraphs', iat: now(), exp: now() + 60, ...overrides });

describe('the gateway\'s internal token', () => {
  it('carries the caller, purpose, request id and grant to the subgraph', async () => {
    expect(await verifyInternalToken(await signInternalToken(CALLER, SECRET), SECRET)).toEqual(CALLER);
    expect((await verifyInternalToken(await signInternalToken({ ...CALLER, grant: 'all' }, SECRET), SECRET)).grant).toBe('all');
  });

  it('is a standard HS256 JWT: one made by hand with the same claims verifies', async () => {
    expect((await verifyInternalToken(handMade({ alg: 'HS256', typ: 'JWT' }, claims()), SECRET)).identity.staffId).toBe('cw001');
  });

  it.each([
    ['no token', () => undefined],
    ['another secret', () => handMade({ alg: 'HS256' }, claims(), 'another-secret-of-at-least-thirty-two-chars')],
    ['expired', () => handMade({ alg: 'HS256' }, claims({ iat: now() - 120, exp: now() - 60 }))],
    ['without an expiry', () => handMade({ alg: 'HS256' }, claims({ exp: undefined }))],
    ['another issuer', () => handMade({ alg: 'HS256' }, claims({ iss: 'someone-else' }))],
    ['another audience', () => handMade({ alg: 'HS256' }, claims({ aud: 'the-portal' }))],
    ['alg none', () => `${base64url({ alg: 'none' })}.${base64url(claims())}.`],
    ['an altered payload', () => {
      const [header, , signature] = handMade({ alg: 'HS256' }, claims()).split('.');
      return `${header}.${base64url(claims({ role: 'tax', division: 'tax' }))}.${signature}`;
    }],
    ['an unknown role', () => handMade({ alg: 'HS256' }, claims({ role: 'mayor' }))],
    ['garbage', () => 'not.a.token'],
  ])('refuses %s as UNAUTHENTICATED', async (_name, token) => {
    await expect(verifyInternalToken(token(), SECRET)).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
  });

  it('gives a malformed grant nobody\'s data, not everybody\'s', async () => {
    expect((await verifyInternalToken(handMade({ alg: 'HS256' }, claims({ grant: { a: 'everyone' } })), SECRET)).grant).toEqual({ atenaNos: [], householdNos: [] });
  });
});
