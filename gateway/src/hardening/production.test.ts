import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEV_INTERNAL_SECRET, type RunningSubgraph } from '@smart-casework/kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGateway } from '../app';
import { memoryAuditSink } from '../audit/sink';
import { fakeSupergraph, startFake } from '../testing/harness';
import { wsClient } from '../testing/live';
import { startTestIdp, type TestIdp } from '../testing/test-idp';
import { sha256Hex } from './persisted-documents';

/**
 * A gateway as production runs it (NODE_ENV=production, the city's IdP, its own secrets) over
 * the fake departments: only registered documents, no introspection, Armor's limits, rate limits.
 */
const SECRET = 'production-test-internal-secret-0123456789';
const ME = 'query Me { me { staffId name } }';
const INTROSPECTION = 'query Schema { __schema { queryType { name } } }';
const DEEP = 'query Deep { households(householdNos: ["000000011"]) { members { tax { hasRecord } } } }';
const ALIASES = 'query Aliases { a: me { staffId } b: me { staffId } c: me { staffId } }';
const TYPO = 'query Typo { me { nam } }';
const LONG = `query Long { me { ${'staffId '.repeat(60)}} }`;
const LIVE = 'subscription Live { noticeAdded { id } }';
const REGISTERED = [ME, INTROSPECTION, DEEP, ALIASES, TYPO, LONG, LIVE];
const hashOf = (text: string) => sha256Hex(text);
const byHash = (text: string) => ({ extensions: { persistedQuery: { version: 1, sha256Hash: hashOf(text) } } });

type Answer = { status: number; headers: Headers; body: { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] } };

describe('the gateway in production mode', () => {
  const departments: RunningSubgraph[] = [];
  const audit = memoryAuditSink();
  let idp: TestIdp;
  let url: string;
  let stop = async () => {};
  let cw001: string;

  const production = () => ({
    ...idp.config,
    NODE_ENV: 'production',
    INTERNAL_TOKEN_SECRET: SECRET,
    SUBGRAPH_TIMEOUT_MS: 2000,
    GRAPHQL_MAX_DEPTH: 3,
    GRAPHQL_MAX_ALIASES: 2,
    GRAPHQL_MAX_TOKENS: 50,
    RATE_LIMIT_PER_MINUTE: 30,
    RATE_LIMIT_ANONYMOUS_PER_MINUTE: 3,
  });

  beforeAll(async () => {
    idp = await startTestIdp();
    for (const name of ['residents', 'tax', 'welfare'] as const) departments.push(await startFake(name, { internalSecret: SECRET }));
    const dir = mkdtempSync(join(tmpdir(), 'sc-operations-'));
    writeFileSync(join(dir, 'test.json'), JSON.stringify(Object.fromEntries(REGISTERED.map((t) => [`sha256:${hashOf(t)}`, t]))));
    const urls = Object.fromEntries(departments.map((d) => [d.name, d.url]));
    const started = await startGateway({ port: 0, supergraphSdl: fakeSupergraph(), urls, audit, config: { ...production(), PERSISTED_DOCUMENTS: dir } });
    url = started.url;
    stop = started.stop;
    cw001 = await idp.token({ staffId: 'cw001', role: 'caseworker', division: 'welfare' });
  });
  afterAll(async () => {
    await stop();
    await Promise.all(departments.map((d) => d.stop()));
    await idp?.stop();
  });

  async function send(body: Record<string, unknown>, token: string | null = cw001, init: { method?: string; headers?: Record<string, string> } = {}): Promise<Answer> {
    const headers = { 'content-type': 'application/json', 'x-purpose': 'investigation', ...(token ? { authorization: `Bearer ${token}` } : {}), ...init.headers };
    const response = init.method === 'GET'
      ? await fetch(`${url}?${new URLSearchParams(Object.entries(body).map(([k, v]): [string, string] => [k, typeof v === 'string' ? v : JSON.stringify(v)]))}`, { headers })
      : await fetch(url, { method: 'POST', headers, body: JSON.stringify(body) });
    return { status: response.status, headers: response.headers, body: (await response.json()) as Answer['body'] };
  }
  const codes = (answer: Answer) => answer.body.errors?.map((e) => e.extensions?.code);

  it('refuses to start with a published dev secret or with dev sign-in, naming the variable', async () => {
    const base = { port: 0, supergraphSdl: fakeSupergraph(), audit: memoryAuditSink() };
    await expect(startGateway({ ...base, config: { ...production(), INTERNAL_TOKEN_SECRET: DEV_INTERNAL_SECRET } })).rejects.toThrow(/INTERNAL_TOKEN_SECRET: the published dev default is refused/);
    await expect(startGateway({ ...base, config: { ...production(), AUTH_MODE: 'dev' } })).rejects.toThrow(/AUTH_MODE: dev .* refused when NODE_ENV=production/);
  });

  it('runs a registered document named by its hash: extensions.persistedQuery, documentId, GET', async () => {
    const expected = { data: { me: { staffId: 'cw001', name: 'cw001' } } };
    expect(await send({ operationName: 'Me', ...byHash(ME) })).toMatchObject({ status: 200, body: expected });
    expect(await send({ documentId: `sha256:${hashOf(ME)}` })).toMatchObject({ status: 200, body: expected });
    expect(await send(byHash(ME), cw001, { method: 'GET', headers: { 'apollo-require-preflight': 'true' } })).toMatchObject({ status: 200, body: expected });
  });

  it('refuses any other document with PERSISTED_QUERY_NOT_FOUND (HTTP 400, Japanese and English), full text included', async () => {
    const unknownHash = await send({ extensions: { persistedQuery: { version: 1, sha256Hash: hashOf('query Other { me { role } }') } } });
    expect(unknownHash.status).toBe(400);
    expect(unknownHash.body.errors?.[0]).toMatchObject({ message: expect.stringMatching(/登録されていない照会/), extensions: { code: 'PERSISTED_QUERY_NOT_FOUND', messageEn: expect.stringMatching(/No registered document/) } });
    expect(unknownHash.body.data).toBeUndefined();
    const text = await send({ query: 'query Other { me { staffId role division } }' });
    expect([text.status, codes(text)]).toEqual([400, ['PERSISTED_QUERY_NOT_FOUND']]);
    // The exact text of a registered document is that document.
    expect((await send({ query: ME })).status).toBe(200);
  });

  it('answers no introspection, even for a registered document', async () => {
    const answer = await send(byHash(INTROSPECTION));
    expect(answer.status).toBe(400);
    expect(answer.body.errors?.[0]?.message).toMatch(/introspection/i);
    expect(answer.body.data).toBeUndefined();
  });

  it("enforces GraphQL Armor's limits with QUERY_LIMIT_EXCEEDED, and hides field suggestions", async () => {
    for (const [text, limit] of [[DEEP, 'depth'], [ALIASES, 'aliases'], [LONG, 'tokens']] as const) {
      const answer = await send(byHash(text));
      expect(answer.status, limit).toBe(400);
      expect(answer.body.errors?.[0], limit).toMatchObject({ message: expect.stringMatching(/上限を超えています/), extensions: { code: 'QUERY_LIMIT_EXCEEDED', limit } });
    }
    const typo = await send(byHash(TYPO));
    expect(typo.status).toBe(400);
    expect(typo.body.errors?.[0]?.message).toMatch(/Cannot query field "nam"/);
    expect(typo.body.errors?.[0]?.message).not.toMatch(/Did you mean/);
  });

  it('keeps CSRF prevention on: no simple cross-site POST or GET', async () => {
    const simple = await fetch(url, { method: 'POST', headers: { 'content-type': 'text/plain', authorization: `Bearer ${cw001}` }, body: JSON.stringify(byHash(ME)) });
    expect(simple.status).toBe(400);
    expect(await simple.text()).toMatch(/CSRF/i);
    const get = await fetch(`${url}?extensions=${encodeURIComponent(JSON.stringify(byHash(ME).extensions))}`, { headers: { authorization: `Bearer ${cw001}`, 'x-purpose': 'investigation' } });
    expect(get.status).toBe(400);
  });

  it('limits each staff member (HTTP 429, RATE_LIMITED, Retry-After) without holding up others', async () => {
    const busy = await idp.token({ staffId: 'cw020', role: 'caseworker', division: 'welfare' });
    const statuses: number[] = [];
    for (let i = 0; i < 30; i++) statuses.push((await send(byHash(ME), busy)).status);
    expect(statuses.every((s) => s === 200)).toBe(true);
    const refused = await send(byHash(ME), busy);
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(refused.body.errors?.[0]).toMatchObject({ message: expect.stringMatching(/照会が多すぎます/), extensions: { code: 'RATE_LIMITED', messageEn: expect.stringMatching(/Too many requests/) } });
    expect((await send(byHash(ME))).status).toBe(200);
  });

  it('limits failed sign-ins per address: 401 until the limit, then 429', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await send(byHash(ME), `forged.${i}.token`)).status);
    expect(statuses).toEqual([401, 401, 401, 429]);
  });

  it('applies the same rules to graphql-ws subscribe messages', async () => {
    const client = wsClient(url, cw001);
    const firstError = (payload: { query: string; extensions?: Record<string, unknown> }) => new Promise<unknown>((resolve) => {
      client.subscribe(payload, { next: resolve, error: resolve, complete: () => resolve(null) });
    });
    try {
      const unknown = (await firstError({ query: 'subscription Other { noticeAdded { id status } }' })) as { extensions?: { code?: string } }[];
      expect(unknown[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
      // A registered hash gets past the gate (this fake graph has no noticeAdded, so validation answers).
      const known = (await firstError({ query: '', ...byHash(LIVE) })) as { message: string; extensions?: { code?: string } }[];
      expect(known[0]?.extensions?.code).not.toBe('PERSISTED_QUERY_NOT_FOUND');
      expect(known[0]?.message).toMatch(/noticeAdded|Subscription/);
    } finally {
      await client.dispose();
    }
  });

  it('audits what it refused', () => {
    const refusals = new Set(audit.entries.filter((e) => e.outcome === 'denied').map((e) => e.code));
    expect([...refusals]).toEqual(expect.arrayContaining(['PERSISTED_QUERY_NOT_FOUND', 'RATE_LIMITED', 'UNAUTHENTICATED']));
  });
});
