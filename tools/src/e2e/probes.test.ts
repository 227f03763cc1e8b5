import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startGateway } from '@smart-casework/gateway';
import { startTestIdp, type TestIdp } from '@smart-casework/gateway/testing/idp';
import { verifyAuditChain } from '@smart-casework/kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type Stack } from '../stack';
import { e2eCity } from './city';
import { accessProbes } from './probes/access';
import { documentProbes, REGISTERED_FOR_TEST, sha256 } from './probes/documents';
import { injectionProbes } from './probes/injection';
import { auditEntriesOf, INTERNALS, leaks, matchesAudit, personalData, send, type Probe, type ProbeContext, type StaffId } from './probes/kit';
import { tokenProbes } from './probes/tokens';

/**
 * The probe suite (issue 5): unauthorised and malformed requests against the whole system —
 * the stack's dev gateway, a production-mode gateway over the same subgraphs, and the subgraphs'
 * own ports — all auditing into one database. Each probe must get the right status and code,
 * show no personal data, no stack trace or SQL, and leave an audit entry saying so.
 */
const PROBES: Probe[] = [...accessProbes, ...tokenProbes, ...documentProbes, ...injectionProbes];
/** Codes of CONTRACT.md's error factory (kit errors.ts): Japanese `message`, English `messageEn`. */
const CONTRACT_CODES = new Set(['FORBIDDEN', 'BAD_USER_INPUT', 'UNAUTHENTICATED', 'NOT_FOUND', 'PERSISTED_QUERY_NOT_FOUND', 'QUERY_LIMIT_EXCEEDED', 'RATE_LIMITED']);
const SECRET = 'probe-suite-internal-secret-0123456789abcdef';
const STAFF: StaffId[] = ['cw001', 'cw002', 'sv001', 'tax001', 'au001', 'svc-watcher'];
const IDP_STAFF: Record<string, { role: string; division: string }> = {
  cw001: { role: 'caseworker', division: 'welfare' },
  cw002: { role: 'caseworker', division: 'welfare' },
  sv001: { role: 'supervisor', division: 'welfare' },
  tax001: { role: 'tax', division: 'tax' },
  au001: { role: 'auditor', division: 'audit' },
  'svc-watcher': { role: 'service', division: 'system' },
};

describe(`the probe suite (${PROBES.length} probes)`, () => {
  const city = e2eCity();
  const secrets = personalData(city);
  let stack: Stack;
  let idp: TestIdp;
  let production: { stop(): Promise<void> } | undefined;
  let manifests: string;
  let context: ProbeContext;

  beforeAll(async () => {
    stack = await startStack({ city, audit: 'shared', internalSecret: SECRET });
    idp = await startTestIdp();
    manifests = mkdtempSync(join(tmpdir(), 'sc-probe-documents-'));
    writeFileSync(join(manifests, 'probes.json'), JSON.stringify(Object.fromEntries(REGISTERED_FOR_TEST.map((text) => [`sha256:${sha256(text)}`, text]))));
    const urls = Object.fromEntries([...stack.departments].map(([name, d]) => [name, d.url]));
    // As production runs it: the city's IdP, a secret of its own, registered documents only.
    const started = await startGateway({
      port: 0, supergraphSdl: stack.supergraphSdl, urls,
      config: { ...idp.config, NODE_ENV: 'production', INTERNAL_TOKEN_SECRET: SECRET, PERSISTED_DOCUMENTS: `gateway/operations,${manifests}`, RATE_LIMIT_PER_MINUTE: 10 },
    });
    production = started;
    const devTokens = new Map(await Promise.all(STAFF.map(async (id) => [id, await stack.token(id)] as const)));
    const idpTokens = new Map<string, Promise<string>>();
    context = {
      gatewayUrl: stack.gatewayUrl,
      productionUrl: started.url,
      subgraphUrl: (name) => stack.departments.get(name)?.url ?? '',
      devToken: (id) => devTokens.get(id) ?? '',
      idpToken: (id) => {
        if (!idpTokens.has(id)) idpTokens.set(id, idp.token({ staffId: id, ...(IDP_STAFF[id] ?? { role: 'caseworker', division: 'welfare' }) }));
        return idpTokens.get(id) as Promise<string>;
      },
      internalSecret: SECRET,
    };
  });
  afterAll(async () => {
    await production?.stop();
    await idp?.stop();
    await stack?.stop();
    if (manifests) rmSync(manifests, { recursive: true, force: true });
  });

  it('has at least 50 probes, each named once', () => {
    expect(PROBES.length).toBeGreaterThanOrEqual(50);
    expect(new Set(PROBES.map((p) => p.name)).size).toBe(PROBES.length);
  });

  it.each(PROBES.map((probe, index) => [index + 1, probe.name, probe] as const))('probe %i: %s', async (index, _name, probe) => {
    const userAgent = `sc-probe/${index}`;
    const answer = await send(probe.request, context, userAgent);
    const { expect: expected } = probe;
    const first = answer.json?.errors?.[0];
    expect(answer.status, answer.text.slice(0, 300)).toBe(expected.status);
    if (expected.code === null) expect(answer.json?.errors, answer.text.slice(0, 300)).toBeUndefined();
    else expect(first?.extensions?.code, answer.text.slice(0, 300)).toBe(expected.code);
    if (expected.reason) expect(first?.extensions?.reason).toBe(expected.reason);
    if (expected.data !== undefined) expect(answer.json?.data).toEqual(expected.data);
    // The contract's refusals speak Japanese to the caseworker and English to the log.
    for (const error of (answer.json?.errors ?? []).filter((e) => CONTRACT_CODES.has(String(e.extensions?.code)))) {
      expect(error.message, answer.text.slice(0, 300)).toMatch(/[ぁ-んァ-ン一-龥]/);
      expect(error.extensions?.messageEn, answer.text.slice(0, 300)).toBeTypeOf('string');
    }
    expect(leaks(answer.text, secrets), 'personal data in the answer').toEqual([]);
    expect(answer.text, 'stack trace, SQL or an internal error in the answer').not.toMatch(INTERNALS);
    const entries = await auditEntriesOf(stack.audit!.db, userAgent);
    const summary = entries.map((e) => `${e.department} ${e.outcome} ${e.code} ${e.reason} atena=${e.atena_no} household=${e.household_no} staff=${e.staff_id}`);
    expect(entries.some((entry) => matchesAudit(entry, expected.audit)), `no audit entry like ${JSON.stringify(expected.audit, (_k, v: unknown) => (v instanceof RegExp ? String(v) : v))}; got:\n${summary.join('\n')}`).toBe(true);
  });

  it('leaves an audit chain that verifies, and the auditor sees the probes through the gateway', async () => {
    const audit = stack.audit!;
    const verification = await verifyAuditChain(audit.db, audit.settings.key, { anchorFile: audit.settings.anchorFile });
    expect(verification.problems).toEqual([]);
    expect(verification.ok).toBe(true);
    const denied = await audit.db('audit_entries').where('outcome', 'denied').count({ n: '*' }).first();
    expect(Number(denied?.n)).toBeGreaterThanOrEqual(PROBES.length - PROBES.filter((p) => p.expect.audit.outcome === 'allowed').length);
    const asked = await send({ as: 'au001', query: '{ auditLog(staffId: "tax001", outcome: DENIED, first: 500) { nodes { staffId outcome code reason } } }' }, context, 'sc-probe/auditor');
    const nodes = (asked.json?.data as { auditLog: { nodes: { staffId: string; code: string; reason: string | null }[] } } | undefined)?.auditLog.nodes ?? [];
    expect(asked.json?.errors).toBeUndefined();
    expect(nodes.length).toBeGreaterThan(5);
    expect(nodes.every((n) => n.staffId === 'tax001')).toBe(true);
    expect(nodes.map((n) => n.reason)).toContain('ROLE');
  });
});
