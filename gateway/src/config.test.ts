import { DEV_INTERNAL_SECRET } from '@smart-casework/kit';
import { describe, expect, it } from 'vitest';
import { loadGatewayConfig, timeoutFor } from './config';

const oidc = { AUTH_MODE: 'oidc', OIDC_ISSUER: 'https://idp.city.local', OIDC_AUDIENCE: 'smart-casework', OIDC_JWKS_URL: 'https://idp.city.local/jwks' };

describe('loadGatewayConfig', () => {
  it('defaults to dev mode on port 4000 with a 5 s subgraph timeout', () => {
    const config = loadGatewayConfig({});
    expect(config).toMatchObject({ AUTH_MODE: 'dev', GATEWAY_PORT: 4000, SUBGRAPH_TIMEOUT_MS: 5000, INTERNAL_TOKEN_SECRET: DEV_INTERNAL_SECRET });
  });

  it('refuses the dev internal secret outside dev mode', () => {
    expect(() => loadGatewayConfig(oidc)).toThrow(/INTERNAL_TOKEN_SECRET/);
    expect(loadGatewayConfig({ ...oidc, INTERNAL_TOKEN_SECRET: 'x'.repeat(40) }).AUTH_MODE).toBe('oidc');
  });

  it('names each missing OIDC setting', () => {
    expect(() => loadGatewayConfig({ AUTH_MODE: 'oidc', INTERNAL_TOKEN_SECRET: 'x'.repeat(40) })).toThrow(/OIDC_ISSUER[\s\S]*OIDC_AUDIENCE[\s\S]*OIDC_JWKS_URL/);
  });

  it('names a bad value', () => {
    expect(() => loadGatewayConfig({ SUBGRAPH_TIMEOUT_MS: 'soon' })).toThrow(/SUBGRAPH_TIMEOUT_MS/);
    expect(() => loadGatewayConfig({ AUTH_MODE: 'saml' })).toThrow(/AUTH_MODE/);
  });

  it('live notices: in memory by default, Redis when REDIS_URL is set', () => {
    const defaults = loadGatewayConfig({});
    expect(defaults).toMatchObject({ NOTICE_POLL_MS: 250, NOTICE_CHANNEL: 'sc:notices' });
    expect(defaults.REDIS_URL).toBeUndefined();
    expect(loadGatewayConfig({ REDIS_URL: 'redis://redis.city.local:6379/0', NOTICE_POLL_MS: '1000', NOTICE_CHANNEL: 'city:notices' })).toMatchObject({ REDIS_URL: 'redis://redis.city.local:6379/0', NOTICE_POLL_MS: 1000, NOTICE_CHANNEL: 'city:notices' });
    expect(() => loadGatewayConfig({ REDIS_URL: 'localhost' })).toThrow(/REDIS_URL/);
    expect(() => loadGatewayConfig({ NOTICE_POLL_MS: '0' })).toThrow(/NOTICE_POLL_MS/);
  });

  it("gives a department its own timeout, the others the default", () => {
    const config = loadGatewayConfig({ SUBGRAPH_TIMEOUT_MS: '3000', TAX_TIMEOUT_MS: '12000' });
    expect([timeoutFor(config, 'tax'), timeoutFor(config, 'residents'), timeoutFor(config, 'welfare')]).toEqual([12_000, 3000, 3000]);
    expect(() => loadGatewayConfig({ CARE_TIMEOUT_MS: '-1' })).toThrow(/CARE_TIMEOUT_MS/);
  });
});
