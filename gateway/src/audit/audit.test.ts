import type { RunningSubgraph } from '@smart-casework/kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { devToken, post, startFake, startFakeGateway } from '../testing/harness';
import { memoryAuditSink } from './sink';

/** What the gateway writes to the audit trail for each kind of request (fake departments, memory sink). */
describe('the audit trail of the gateway', () => {
  const subgraphs: RunningSubgraph[] = [];
  const sink = memoryAuditSink();
  let url = '';
  let stop: () => Promise<void> = async () => {};

  beforeAll(async () => {
    const [residents, tax, welfare] = await Promise.all([startFake('residents'), startFake('tax'), startFake('welfare')]);
    subgraphs.push(residents, tax, welfare);
    const gateway = await startFakeGateway({ residents: residents.url, tax: tax.url, welfare: welfare.url }, { audit: sink });
    ({ url, stop } = gateway);
  });
  afterAll(async () => {
    await stop();
    await Promise.all(subgraphs.map((s) => s.stop()));
  });

  const since = (mark: number) => sink.entries.slice(mark);

  it('records who read whose data, in which department, which fields, why and from where', async () => {
    const mark = sink.entries.length;
    const { body } = await post(url, 'query LookUp { resident(atenaNo: "000900001") { name tax { hasRecord } } }', {}, { authorization: `Bearer ${await devToken()}`, 'user-agent': 'probe/1.0', 'x-forwarded-for': '10.1.2.3' });
    expect(body.errors).toBeUndefined();
    const entries = since(mark);
    expect(entries.map((e) => [e.department, e.atenaNo, e.outcome]).sort()).toEqual([['residents', '000900001', 'allowed'], ['tax', '000900001', 'allowed']]);
    const tax = entries.find((e) => e.department === 'tax');
    expect(tax).toMatchObject({ staffId: 'cw001', role: 'caseworker', division: 'welfare', purpose: 'investigation', operationName: 'LookUp', clientAddress: '10.1.2.3', userAgent: 'probe/1.0', code: null });
    expect(tax?.fields).toEqual(['Resident.tax', 'tax.hasRecord']);
  });

  it('records a refusal outside the caseload with whose data was asked for', async () => {
    const mark = sink.entries.length;
    const { body } = await post(url, '{ resident(atenaNo: "000900099") { name tax { hasRecord } } }', {}, { authorization: `Bearer ${await devToken()}` });
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'OUT_OF_CASELOAD', department: 'tax' });
    expect(since(mark)).toContainEqual(expect.objectContaining({ department: 'tax', atenaNo: '000900099', outcome: 'denied', code: 'FORBIDDEN', reason: 'OUT_OF_CASELOAD' }));
  });

  it('records requests refused as a whole: no token, a forged token, no purpose, an unknown purpose', async () => {
    const mark = sink.entries.length;
    const query = '{ resident(atenaNo: "000900001") { name } }';
    await post(url, query, {}, {});
    await post(url, query, {}, { authorization: 'Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJjdzAwMSJ9.forged' });
    const noPurpose = await post(url, query, {}, { authorization: `Bearer ${await devToken()}`, 'x-purpose': '' });
    expect(noPurpose.status).toBe(403);
    expect(noPurpose.body.data).toBeUndefined();
    await post(url, query, {}, { authorization: `Bearer ${await devToken()}`, 'x-purpose': 'curiosity' });
    const refusals = since(mark).map((e) => [e.staffId, e.department, e.outcome, e.code]);
    expect(refusals).toEqual([
      [null, 'gateway', 'denied', 'UNAUTHENTICATED'],
      [null, 'gateway', 'denied', 'UNAUTHENTICATED'],
      ['cw001', 'gateway', 'denied', 'FORBIDDEN'],
      // The token was good: the refusal names who sent the unknown purpose.
      ['cw001', 'gateway', 'denied', 'BAD_USER_INPUT'],
    ]);
    expect(since(mark)[2]?.reason).toBe('PURPOSE_REQUIRED');
  });

  it('records a query over a limit with the code the caller sees (QUERY_LIMIT_EXCEEDED)', async () => {
    const mark = sink.entries.length;
    const aliases = Array.from({ length: 20 }, (_, i) => `a${i}: me { staffId }`).join(' ');
    const { status, body } = await post(url, `{ ${aliases} }`, {}, { authorization: `Bearer ${await devToken()}` });
    expect([status, body.errors?.[0]?.extensions?.code]).toEqual([400, 'QUERY_LIMIT_EXCEEDED']);
    expect(since(mark)).toEqual([expect.objectContaining({ staffId: 'cw001', department: 'gateway', outcome: 'denied', code: 'QUERY_LIMIT_EXCEEDED' })]);
  });

  it('records refusals that never reach the GraphQL pipeline: CSRF, batching, a body not JSON or too large', async () => {
    const mark = sink.entries.length;
    const token = `Bearer ${await devToken()}`;
    const send = (body: string, headers: Record<string, string>) => fetch(url, { method: 'POST', headers: { authorization: token, ...headers }, body });
    const statuses = [
      (await send('{ "query": "{ me { staffId } }" }', { 'content-type': 'text/plain' })).status,
      (await send(JSON.stringify([{ query: '{ me { staffId } }' }, { query: '{ me { staffId } }' }]), { 'content-type': 'application/json' })).status,
      (await send('{ "query": ', { 'content-type': 'application/json' })).status,
      (await send(JSON.stringify({ query: '{ me { staffId } }', variables: { pad: 'x'.repeat(1_100_000) } }), { 'content-type': 'application/json' })).status,
    ];
    expect(statuses).toEqual([400, 400, 400, 413]);
    expect(since(mark).every((e) => e.clientAddress === '127.0.0.1')).toBe(true);
    expect(since(mark).map((e) => [e.staffId, e.department, e.outcome, e.code, e.reason])).toEqual([
      [null, 'gateway', 'denied', 'BAD_REQUEST', expect.stringMatching(/Cross-Site Request Forgery/)],
      ['cw001', 'gateway', 'denied', 'BAD_REQUEST', 'Operation batching disabled.'],
      [null, 'gateway', 'denied', 'BAD_REQUEST', 'invalid JSON body'],
      [null, 'gateway', 'denied', 'BAD_REQUEST', 'body too large'],
    ]);
  });

  it('withholds the answer when the trail cannot be written', async () => {
    const failing = { append: async () => { throw new Error('disk full'); } };
    const [residents, tax, welfare] = subgraphs;
    const gateway = await startFakeGateway({ residents: residents!.url, tax: tax!.url, welfare: welfare!.url }, { audit: failing });
    try {
      const { status, body } = await post(gateway.url, '{ resident(atenaNo: "000900001") { name tax { hasRecord } } }', {}, { authorization: `Bearer ${await devToken()}` });
      expect(status).toBe(503);
      expect(body.data).toBeUndefined();
      expect(body.errors?.[0]?.extensions?.code).toBe('AUDIT_UNAVAILABLE');
    } finally {
      await gateway.stop();
    }
  });
});
