import type { RunningSubgraph } from '@smart-casework/kit';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadGatewayConfig } from '../config';
import { memoryAuditSink } from '../audit/sink';
import { devToken, post, startFake, startFakeGateway, type FakeName } from '../testing/harness';

const own = 'x'.repeat(40);
const oidc = { AUTH_MODE: 'oidc', OIDC_ISSUER: 'https://idp.city.local', OIDC_AUDIENCE: 'smart-casework', OIDC_JWKS_URL: 'https://idp.city.local/jwks', INTERNAL_TOKEN_SECRET: own };

describe('ACCESS_CONTROL (measurement only)', () => {
  it('is on unless set, and off is taken in dev', () => {
    expect(loadGatewayConfig({}).ACCESS_CONTROL).toBe('on');
    expect(loadGatewayConfig({ ACCESS_CONTROL: 'off' }).ACCESS_CONTROL).toBe('off');
    expect(() => loadGatewayConfig({ ACCESS_CONTROL: 'no' })).toThrow(/ACCESS_CONTROL/);
  });

  it('off is refused at start-up wherever it could be production, naming the variable', () => {
    expect(() => loadGatewayConfig({ ...oidc, ACCESS_CONTROL: 'off' })).toThrow(/ACCESS_CONTROL: off .* refused when NODE_ENV=production or AUTH_MODE is not dev/);
    expect(() => loadGatewayConfig({ NODE_ENV: 'production', ACCESS_CONTROL: 'off' })).toThrow(/ACCESS_CONTROL/);
    expect(loadGatewayConfig({ ...oidc, ACCESS_CONTROL: 'on' }).ACCESS_CONTROL).toBe('on');
  });
});

/** The same caseworker, the same person outside their caseload: refused with the checks on, read with them off. */
describe('ACCESS_CONTROL=off really removes the checks and the trail', () => {
  const QUERY = '{ resident(atenaNo: "000900091") { name tax { hasRecord } } }';
  const running: { stop(): Promise<void> }[] = [];
  const onSink = memoryAuditSink();
  const offSink = memoryAuditSink();
  let onUrl = '';
  let offUrl = '';

  async function departments(): Promise<Record<string, string>> {
    const names: FakeName[] = ['residents', 'tax', 'welfare'];
    const started: RunningSubgraph[] = await Promise.all(names.map((name) => startFake(name)));
    running.push(...started);
    return Object.fromEntries(started.map((s) => [s.name, s.url]));
  }

  beforeAll(async () => {
    const on = await startFakeGateway(await departments(), { audit: onSink });
    vi.stubEnv('ACCESS_CONTROL', 'off');
    try {
      const off = await startFakeGateway(await departments(), { audit: offSink, config: { ACCESS_CONTROL: 'off' } });
      running.push(on, off);
      [onUrl, offUrl] = [on.url, off.url];
    } finally {
      vi.unstubAllEnvs();
    }
  });
  afterAll(async () => {
    for (const service of running.reverse()) await service.stop();
  });

  it('on: a caseworker is refused another caseload, and the attempt is audited', async () => {
    const { body } = await post(onUrl, QUERY, {}, { authorization: `Bearer ${await devToken('cw001')}` });
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'OUT_OF_CASELOAD', department: 'tax' });
    expect(onSink.entries).toContainEqual(expect.objectContaining({ atenaNo: '000900091', department: 'tax', outcome: 'denied' }));
  });

  it('off: the same caseworker reads it, without a purpose, and nothing is recorded', async () => {
    const stated = await post(offUrl, QUERY, {}, { authorization: `Bearer ${await devToken('cw001')}` });
    expect(stated.body).toEqual({ data: { resident: { name: '住民 000900091', tax: { hasRecord: true } } } });
    const none = await post(offUrl, QUERY, {}, { authorization: `Bearer ${await devToken('cw001')}`, 'x-purpose': '' });
    expect(none.body.errors).toBeUndefined();
    expect(offSink.entries).toEqual([]);
  });
});
