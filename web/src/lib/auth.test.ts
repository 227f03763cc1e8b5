import { describe, expect, it } from 'vitest';
import { readConfig } from './config';
import { staffFromToken } from './identity';
import { decodeClaims, secondsToExpiry } from './jwt';
import { decodeFlow, encodeFlow, newFlow } from './oidc';
import { safeReturnPath } from './return-path';

function token(claims: Record<string, unknown>): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part({ alg: 'HS256' })}.${part(claims)}.signature`;
}

describe('readConfig', () => {
  it('defaults to dev sign-in and the gateway and portal on their ports', () => {
    expect(readConfig({ GATEWAY_PORT: '4100' })).toEqual({ gatewayUrl: 'http://localhost:4100', authMode: 'dev', publicUrl: 'http://localhost:3000', oidc: null, sandbox: true });
  });

  it('requires the issuer and client id for oidc, naming the variable', () => {
    expect(() => readConfig({ AUTH_MODE: 'oidc' })).toThrow('OIDC_ISSUER');
    expect(() => readConfig({ AUTH_MODE: 'oidc', OIDC_ISSUER: 'https://idp.city.local/realms/cw' })).toThrow('PORTAL_OIDC_CLIENT_ID');
    const { oidc } = readConfig({ AUTH_MODE: 'oidc', OIDC_ISSUER: 'https://idp.city.local/realms/cw/', PORTAL_OIDC_CLIENT_ID: 'portal' });
    expect(oidc).toMatchObject({ issuer: 'https://idp.city.local/realms/cw', clientId: 'portal', scope: 'openid profile', forwardedToken: 'access_token' });
  });

  it('refuses unknown modes and malformed URLs', () => {
    expect(() => readConfig({ AUTH_MODE: 'saml' })).toThrow('AUTH_MODE');
    expect(() => readConfig({ GATEWAY_URL: 'gateway:4000' })).toThrow('GATEWAY_URL');
  });
});

describe('session token claims', () => {
  it('reads who is signed in for display, and how long to keep the cookie', () => {
    const issuedAt = 1_795_841_139;
    const jwt = token({ sub: 'cw001', name: '田中　美咲', role: 'caseworker', exp: issuedAt + 8 * 3600 });
    expect(staffFromToken(jwt)).toEqual({ staffId: 'cw001', name: '田中　美咲', role: 'caseworker' });
    expect(secondsToExpiry(jwt, new Date((issuedAt + 3600) * 1000))).toBe(7 * 3600);
    expect(secondsToExpiry(jwt, new Date((issuedAt + 9 * 3600) * 1000))).toBe(60);
    expect(secondsToExpiry(token({ sub: 'x' }))).toBe(8 * 3600);
  });

  it('takes nothing from a token that is not a JWT', () => {
    expect(decodeClaims('garbage')).toBeNull();
    expect(staffFromToken('a.b.c')).toBeNull();
  });
});

describe('safeReturnPath', () => {
  it('keeps paths of this site and refuses other origins', () => {
    expect(safeReturnPath('/household/300000018?purpose=audit')).toBe('/household/300000018?purpose=audit');
    for (const bad of ['https://evil.example/', '//evil.example/', '/\\evil.example', null, 42]) expect(safeReturnPath(bad)).toBe('/');
  });
});

describe('the OIDC flow cookie', () => {
  it('round-trips state, nonce, verifier and the return path, and rejects anything else', () => {
    const flow = newFlow('/search');
    expect(flow.state).not.toBe(flow.nonce);
    expect(decodeFlow(encodeFlow(flow))).toEqual(flow);
    expect(decodeFlow(Buffer.from('{"state":"x"}').toString('base64url'))).toBeNull();
    expect(decodeFlow('%%%')).toBeNull();
  });
});
