import type { RunningSubgraph } from '@smart-casework/kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { devToken, post, startFake, startFakeGateway, startSilentServer, startStatusServer } from './testing/harness';

const QUERY = '{ resident(atenaNo: "000900001") { atenaNo name tax { source hasRecord } } }';

async function ask(url: string) {
  return post(url, QUERY, {}, { authorization: `Bearer ${await devToken()}` });
}

async function health(gatewayUrl: string) {
  const response = await fetch(new URL('/healthz', gatewayUrl));
  return { status: response.status, body: (await response.json()) as { status: string; subgraphs: Record<string, string> } };
}

/** A department that cannot be read blanks its own section only, and says so (CONTRACT.md). */
describe('department failures', () => {
  let residents: RunningSubgraph;
  let welfare: RunningSubgraph;
  const stops: (() => Promise<void>)[] = [];

  beforeAll(async () => {
    [residents, welfare] = await Promise.all([startFake('residents'), startFake('welfare')]);
  });
  afterAll(async () => {
    for (const stop of stops.reverse()) await stop();
    await Promise.all([residents?.stop(), welfare?.stop()]);
  });

  async function gatewayWithTax(taxUrl: string, timeoutMs = 1000) {
    const gateway = await startFakeGateway({ residents: residents.url, tax: taxUrl, welfare: welfare.url }, { config: { SUBGRAPH_TIMEOUT_MS: timeoutMs } });
    stops.push(gateway.stop);
    return gateway;
  }

  function expectPartial(body: Awaited<ReturnType<typeof ask>>['body'], reason: RegExp) {
    expect(body.data).toEqual({ resident: { atenaNo: '000900001', name: '住民 000900001', tax: null } });
    expect(body.errors).toHaveLength(1);
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'DEPARTMENT_UNAVAILABLE', department: 'tax' });
    expect(body.errors?.[0]?.extensions?.messageEn).toMatch(reason);
  }

  it('answers everything, with healthz ok, while every department is up', async () => {
    const tax = await startFake('tax');
    stops.push(tax.stop);
    const gateway = await gatewayWithTax(tax.url);
    const { body } = await ask(gateway.url);
    expect(body).toEqual({ data: { resident: { atenaNo: '000900001', name: '住民 000900001', tax: { source: 'tax', hasRecord: true } } } });
    expect(await health(gateway.url)).toEqual({ status: 200, body: { status: 'ok', subgraphs: { residents: 'up', tax: 'up', welfare: 'up' } } });
  });

  it('a department whose database fails names itself, without SQL, and keeps its path', async () => {
    const tax = await startFake('tax');
    stops.push(tax.stop);
    const gateway = await gatewayWithTax(tax.url);
    const { body } = await post(gateway.url, '{ resident(atenaNo: "000900009") { name tax { hasRecord } } }', {}, { authorization: `Bearer ${await devToken()}` });
    expect(body.data).toEqual({ resident: { name: '住民 000900009', tax: null } });
    expect(body.errors?.[0]).toMatchObject({ path: ['resident', 'tax'], extensions: { code: 'DEPARTMENT_UNAVAILABLE', department: 'tax' } });
    expect(JSON.stringify(body)).not.toMatch(/select|SQLITE|tax_assessments/i);
  });

  it('a stopped department: the rest of the answer, DEPARTMENT_UNAVAILABLE naming it, healthz "down"', async () => {
    const tax = await startFake('tax');
    const gateway = await gatewayWithTax(tax.url);
    await tax.stop();
    const { status, body } = await ask(gateway.url);
    expect(status).toBe(200);
    expectPartial(body, /unreachable \(ECONNREFUSED\)/);
    expect(await health(gateway.url)).toEqual({ status: 200, body: { status: 'degraded', subgraphs: { residents: 'up', tax: 'down', welfare: 'up' } } });
  });

  it('a department that never answers times out into DEPARTMENT_UNAVAILABLE', async () => {
    const silent = await startSilentServer();
    stops.push(silent.stop);
    const gateway = await gatewayWithTax(silent.url, 300);
    const { body } = await ask(gateway.url);
    expectPartial(body, /no answer within 300 ms/);
    expect((await health(gateway.url)).body.subgraphs.tax).toBe('down');
  });

  it("a department's own timeout applies to it alone", async () => {
    const silent = await startSilentServer();
    stops.push(silent.stop);
    const gateway = await startFakeGateway({ residents: residents.url, tax: silent.url, welfare: welfare.url }, { config: { SUBGRAPH_TIMEOUT_MS: 20_000, timeouts: { tax: 250 } } });
    stops.push(gateway.stop);
    expectPartial((await ask(gateway.url)).body, /no answer within 250 ms/);
  });

  it('a department answering 503 (maintenance) is unavailable', async () => {
    const maintenance = await startStatusServer(503);
    stops.push(maintenance.stop);
    const gateway = await gatewayWithTax(maintenance.url);
    expectPartial((await ask(gateway.url)).body, /HTTP 503/);
  });

  it('a department that refuses the gateway token (secrets differ) is unavailable, not the user unauthenticated', async () => {
    const tax = await startFake('tax', { internalSecret: 'another-internal-secret-0123456789abcdef' });
    stops.push(tax.stop);
    const gateway = await gatewayWithTax(tax.url);
    expectPartial((await ask(gateway.url)).body, /refused the gateway token/);
  });
});
