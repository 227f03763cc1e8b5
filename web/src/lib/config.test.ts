import { describe, expect, it } from 'vitest';
import { readConfig } from './config';

const oidc = { AUTH_MODE: 'oidc', OIDC_ISSUER: 'https://idp.city.local', PORTAL_OIDC_CLIENT_ID: 'portal' };

describe('the GraphiQL sandbox (PORTAL_SANDBOX)', () => {
  it('is off in production (NODE_ENV=production with the city IdP)', () => {
    expect(readConfig({ ...oidc, NODE_ENV: 'production' }).sandbox).toBe(false);
  });

  it('is on in development and in the demo (next start with dev sign-in)', () => {
    expect(readConfig({ NODE_ENV: 'development' }).sandbox).toBe(true);
    expect(readConfig({ NODE_ENV: 'production', AUTH_MODE: 'dev' }).sandbox).toBe(true);
    expect(readConfig({ ...oidc, NODE_ENV: 'development' }).sandbox).toBe(true);
  });

  it('PORTAL_SANDBOX=on|off overrides, anything else names the variable', () => {
    expect(readConfig({ ...oidc, NODE_ENV: 'production', PORTAL_SANDBOX: 'on' }).sandbox).toBe(true);
    expect(readConfig({ NODE_ENV: 'development', PORTAL_SANDBOX: 'off' }).sandbox).toBe(false);
    expect(() => readConfig({ PORTAL_SANDBOX: 'yes' })).toThrow(/PORTAL_SANDBOX/);
  });
});
