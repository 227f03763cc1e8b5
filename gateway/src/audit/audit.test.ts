import type { RunningSubgraph } from '@smart-casework/kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signDevToken } from '../auth';
import { DEV_JWT_SECRET_DEFAULT } from '../config';
import { FAKE_CASE_HOUSEHOLD } from '../testing/fake-departments';
import { devToken, post, startFake, startFakeGateway } from '../testing/harness';
import { disclosureEntries } from './entries';
import { trustForwardedFor } from '../context';
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

  it('believes x-forwarded-for only from a trusted proxy (the portal), else records the peer', async () => {
    trustForwardedFor(['192.0.2.1']);
    try {
      const mark = sink.entries.length;
      await post(url, '{ resident(atenaNo: "000900001") { name } }', {}, { authorization: `Bearer ${await devToken()}`, 'x-forwarded-for': '10.9.9.9' });
      expect(since(mark)[0]?.clientAddress).toMatch(/127\.0\.0\.1|::1/);
    } finally {
      trustForwardedFor(['127.0.0.1', '::1', '::ffff:127.0.0.1']);
    }
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

/** The change watcher's sweep: one batch line per department and outcome, not one line per person. */
describe('the audit trail of a service identity\'s batch read', () => {
  const subgraphs: RunningSubgraph[] = [];
  const sink = memoryAuditSink();
  let url = '';
  let stop: () => Promise<void> = async () => {};
  const watcher = { staffId: 'svc-watcher', name: '変更監視', role: 'service', division: 'system' } as const;
  const facts = { at: '2025-10-01T16:00:00.000Z', requestId: 'sweep-1', identity: watcher, client: { address: '10.0.0.5', userAgent: 'watcher/1.0' }, operationName: 'WatchHouseholds', purpose: 'notice-handling' };

  beforeAll(async () => {
    const [residents, tax, welfare] = await Promise.all([startFake('residents'), startFake('tax'), startFake('welfare')]);
    subgraphs.push(residents, tax, welfare);
    ({ url, stop } = await startFakeGateway({ residents: residents.url, tax: tax.url, welfare: welfare.url }, { audit: sink }));
  });
  afterAll(async () => {
    await stop();
    await Promise.all(subgraphs.map((s) => s.stop()));
  });

  it('records a household sweep as one line per department, naming its persons and households', async () => {
    const token = await signDevToken(watcher, DEV_JWT_SECRET_DEFAULT);
    const query = `query WatchHouseholds($householdNos: [ID!]!) { households(householdNos: $householdNos) { householdNo members { atenaNo name tax { hasRecord } } } }`;
    const { body } = await post(url, query, { householdNos: [FAKE_CASE_HOUSEHOLD.householdNo] }, { authorization: `Bearer ${token}`, 'x-purpose': 'notice-handling' });
    expect(body.data?.households).toHaveLength(1);
    const members = [...FAKE_CASE_HOUSEHOLD.members].sort();
    const byDepartment = Object.fromEntries(sink.entries.map((e) => [e.department, e]));
    expect(sink.entries.map((e) => e.department).sort()).toEqual(['residents', 'tax']);
    expect(byDepartment.residents).toMatchObject({ staffId: 'svc-watcher', role: 'service', operationName: 'WatchHouseholds', atenaNo: null, householdNo: null, outcome: 'allowed', subjectHouseholds: [FAKE_CASE_HOUSEHOLD.householdNo] });
    expect([...(byDepartment.residents?.subjects ?? [])].sort()).toEqual(members);
    expect(byDepartment.residents?.fields).toEqual(expect.arrayContaining(['Household.members', 'Query.households', 'Resident.name']));
    // The fake tax department fails for 000900009: what was not read was not disclosed.
    expect([...(byDepartment.tax?.subjects ?? [])].sort()).toEqual(members.filter((m) => m !== '000900009'));
  });

  it('keeps disclosures and refusals, and each refusal reason, on lines of their own', () => {
    const entries = disclosureEntries(facts, [
      { atenaNo: '1', department: 'tax', fields: ['Resident.tax'], outcome: 'allowed' },
      { atenaNo: '2', householdNo: 'H1', department: 'tax', fields: ['TaxRecord.incomes'], outcome: 'allowed' },
      { householdNo: 'H1', department: 'residents', fields: ['Query.households'], outcome: 'allowed' },
      { atenaNo: '3', department: 'tax', fields: ['Resident.tax'], outcome: 'denied', code: 'FORBIDDEN', reason: 'ROLE' },
      { atenaNo: '4', department: 'tax', fields: ['Resident.tax'], outcome: 'denied', code: 'FORBIDDEN', reason: 'OUT_OF_CASELOAD' },
    ]);
    expect(entries.map((e) => [e.department, e.outcome, e.reason, e.subjects, e.subjectHouseholds, e.fields])).toEqual([
      ['tax', 'allowed', null, ['1', '2'], [], ['Resident.tax', 'TaxRecord.incomes']],
      ['residents', 'allowed', null, [], ['H1'], ['Query.households']],
      ['tax', 'denied', 'ROLE', ['3'], [], ['Resident.tax']],
      ['tax', 'denied', 'OUT_OF_CASELOAD', ['4'], [], ['Resident.tax']],
    ]);
    expect(entries[0]).toMatchObject({ staffId: 'svc-watcher', requestId: 'sweep-1', atenaNo: null, householdNo: null, clientAddress: '10.0.0.5' });
    // Anyone else: a department's several persons on one line, a single person and every refusal on a line of their own.
    const cw001 = { ...facts, identity: { staffId: 'cw001', name: '試験', role: 'caseworker', division: 'welfare' } as const };
    const lines = disclosureEntries(cw001, [
      { atenaNo: '1', department: 'tax', fields: ['Resident.tax'], outcome: 'allowed' },
      { atenaNo: '2', department: 'tax', fields: ['Resident.tax'], outcome: 'allowed' },
      { atenaNo: '1', department: 'pension', fields: ['Resident.pension'], outcome: 'allowed' },
      { atenaNo: '3', department: 'pension', fields: ['Resident.pension'], outcome: 'denied', code: 'FORBIDDEN', reason: 'OUT_OF_CASELOAD' },
    ]);
    expect(lines.map((e) => [e.department, e.outcome, e.atenaNo, e.subjects ?? null])).toEqual([
      ['pension', 'allowed', '1', null],
      ['pension', 'denied', '3', null],
      ['tax', 'allowed', null, ['1', '2']],
    ]);
  });

  it('records a subgraph\'s line naming several persons exactly as those persons\' lines one by one', () => {
    const cw001 = { ...facts, identity: { staffId: 'cw001', name: '試験', role: 'caseworker', division: 'welfare' } as const };
    const compact = [
      { department: 'tax', fields: ['Resident.tax'], outcome: 'allowed' as const, persons: [{ atenaNo: '1', householdNo: 'H1' }, { atenaNo: '2', householdNo: 'H1' }] },
      { department: 'pension', fields: ['Resident.pension'], outcome: 'denied' as const, code: 'FORBIDDEN', reason: 'OUT_OF_CASELOAD', persons: [{ atenaNo: '3', householdNo: 'H2' }, { atenaNo: '4', householdNo: 'H2' }] },
      { department: 'care', fields: ['Resident.care'], outcome: 'allowed' as const, persons: [{ atenaNo: '1', householdNo: 'H1' }] },
    ];
    const oneByOne = compact.flatMap(({ persons, ...line }) => persons.map((person) => ({ ...line, ...person })));
    for (const who of [cw001, facts]) expect(disclosureEntries(who, compact)).toEqual(disclosureEntries(who, oneByOne));
    expect(disclosureEntries(cw001, compact).map((e) => [e.department, e.outcome, e.atenaNo, e.householdNo, e.subjects ?? null])).toEqual([
      ['pension', 'denied', '3', 'H2', null],
      ['pension', 'denied', '4', 'H2', null],
      ['care', 'allowed', '1', 'H1', null],
      ['tax', 'allowed', null, null, ['1', '2']],
    ]);
  });
});
