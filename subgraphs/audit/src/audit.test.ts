import { appendAuditEntries, DEV_AUDIT_CHAIN_KEY, type AuditEntryInput, type Knex } from '@smart-casework/kit';
import { describeDepartment, sampleAuditEntry, TEST_IDENTITIES, testCaller } from '@smart-casework/kit/testing';
import { expect } from 'vitest';
import { audit } from './app';

const A = '100000001';
const B = '100000002';
const C = '100000003';
const H = '200000001';
const at = (iso: string, seconds = 0) => new Date(Date.parse(iso) + seconds * 1000).toISOString();
const auditor = testCaller(TEST_IDENTITIES.au001, 'audit');

const cw = (staffId: string) => ({ staffId, role: 'caseworker', division: 'welfare' });

/** One day of the log: ordinary work, a late night, a burst, attempts outside the caseload, refusals. */
function dayOfWork(): AuditEntryInput[] {
  const e = (i: number, overrides: Partial<AuditEntryInput>) => sampleAuditEntry(i, overrides);
  const burst = Array.from({ length: 35 }, (_, i) => e(100 + i, { ...cw('cw002'), at: at('2025-10-01T02:00:00.000Z', i * 8), requestId: `burst-${i}`, atenaNo: String(300000000 + i) }));
  const watcher = Array.from({ length: 40 }, (_, i) => e(200 + i, { staffId: 'svc-watcher', role: 'service', division: 'system', purpose: 'notice-handling', at: at('2025-10-01T16:00:00.000Z', i), requestId: `sweep-${i}`, atenaNo: String(400000000 + i) }));
  return [
    e(1, { ...cw('cw001'), at: '2025-10-01T01:00:00.000Z', requestId: 'r1', atenaNo: A, department: 'tax', fields: ['Resident.tax'] }),
    e(2, { ...cw('cw001'), at: '2025-10-01T01:00:00.010Z', requestId: 'r1', atenaNo: A, department: 'welfare', fields: ['Resident.welfare'] }),
    e(3, { ...cw('cw001'), at: '2025-10-01T01:00:00.020Z', requestId: 'r1', atenaNo: null, householdNo: H, department: 'residents', fields: ['Query.household'] }),
    ...burst,
    e(4, { ...cw('cw003'), at: '2025-10-01T03:00:00.000Z', requestId: 'r3', atenaNo: C, outcome: 'denied', code: 'FORBIDDEN', reason: 'OUT_OF_CASELOAD' }),
    e(5, { ...cw('cw003'), at: '2025-10-01T03:05:00.000Z', requestId: 'r4', atenaNo: C, outcome: 'denied', code: 'FORBIDDEN', reason: 'OUT_OF_CASELOAD' }),
    e(6, { ...cw('cw003'), at: '2025-10-01T03:10:00.000Z', requestId: 'r5', atenaNo: C, outcome: 'denied', code: 'FORBIDDEN', reason: 'OUT_OF_CASELOAD' }),
    e(7, { staffId: null, role: null, division: null, purpose: null, at: '2025-10-01T04:00:00.000Z', requestId: 'r6', atenaNo: null, department: 'gateway', fields: [], outcome: 'denied', code: 'UNAUTHENTICATED', reason: 'no token' }),
    e(8, { ...cw('cw001'), at: '2025-10-01T14:30:00.000Z', requestId: 'r7', atenaNo: B, operationName: 'VisitPrep', purpose: 'visit-prep' }),
    ...watcher,
    e(9, { staffId: 'tax001', role: 'tax', division: 'tax', purpose: 'tax-assessment', at: '2025-10-02T00:00:00.000Z', requestId: 'r8', atenaNo: A, department: 'tax', fields: ['Resident.tax', 'tax.incomes'] }),
    e(10, { staffId: 'tax001', role: 'tax', division: 'tax', purpose: 'tax-assessment', at: '2025-10-02T00:00:00.005Z', requestId: 'r8', atenaNo: A, department: 'welfare', fields: ['Resident.welfare'], outcome: 'denied', code: 'FORBIDDEN', reason: 'ROLE' }),
  ];
}

const seed = async (db: Knex) => void (await appendAuditEntries(db, DEV_AUDIT_CHAIN_KEY, dayOfWork()));
const TOTAL = 3 + 35 + 3 + 1 + 1 + 40 + 2;

interface Page {
  nodes: { seq: string; staffId: string | null; atenaNo: string | null; outcome: string; departmentLabel: string | null; purposeLabel: string | null }[];
  pageInfo: { endCursor: string | null; hasNextPage: boolean };
}

const LOG = `query($staffId: ID, $atenaNo: ID, $from: DateTime, $to: DateTime, $outcome: AuditOutcome, $first: Int, $after: String) {
  auditLog(staffId: $staffId, atenaNo: $atenaNo, from: $from, to: $to, outcome: $outcome, first: $first, after: $after) {
    nodes { seq staffId atenaNo outcome departmentLabel purposeLabel } pageInfo { endCursor hasNextPage } } }`;
const ANOMALIES = `query($from: DateTime!, $to: DateTime!) { auditAnomalies(from: $from, to: $to) { kind staffId firstAt lastAt count sampleAtenaNos code description } }`;
const REPORT = `query($atenaNo: ID!, $householdNo: ID) { disclosureReport(atenaNo: $atenaNo, householdNo: $householdNo) {
  atenaNo total accessCount disclosedCount refusedCount
  byStaff { staffId role accessCount refusedCount purposes departments }
  accesses { at staffId purposeLabel disclosed departments { department departmentLabel fields outcome reason } } } }`;

describeDepartment(audit, { seed }, ({ test, execute }) => {
  const log = async (variables: Record<string, unknown>) => {
    const { data, errors } = await execute(LOG, variables, auditor);
    expect(errors).toBeUndefined();
    return data?.auditLog as Page;
  };

  test('lists the log newest first, a page at a time, the cursor being the seq', async () => {
    const first = await log({ first: 5 });
    const newest = [0, 1, 2, 3, 4].map((i) => String(TOTAL - i));
    expect(first.nodes.map((n) => n.seq)).toEqual(newest);
    expect(first.pageInfo).toEqual({ endCursor: newest[4], hasNextPage: true });
    const rest = await log({ first: 500, after: first.pageInfo.endCursor });
    expect(rest.nodes).toHaveLength(TOTAL - 5);
    expect(rest.nodes[0]?.seq).toBe(String(TOTAL - 5));
    expect(rest.pageInfo.hasNextPage).toBe(false);
  });

  test('narrows by staff member, person, period and outcome', async () => {
    expect((await log({ staffId: 'cw003' })).nodes.map((n) => n.atenaNo)).toEqual([C, C, C]);
    expect((await log({ atenaNo: A })).nodes.map((n) => n.staffId)).toEqual(['tax001', 'tax001', 'cw001', 'cw001']);
    const denied = await log({ outcome: 'DENIED', from: '2025-10-01T00:00:00Z', to: '2025-10-02T00:00:00Z' });
    expect(denied.nodes.map((n) => [n.staffId, n.outcome])).toEqual([[null, 'DENIED'], ['cw003', 'DENIED'], ['cw003', 'DENIED'], ['cw003', 'DENIED']]);
    const night = await log({ staffId: 'cw001', from: '2025-10-01T13:00:00Z', to: '2025-10-01T21:00:00Z' });
    expect(night.nodes).toEqual([expect.objectContaining({ atenaNo: B, purposeLabel: '訪問準備', departmentLabel: '税務（住民税・固定資産税・軽自動車税）' })]);
  });

  test('reports late nights, bursts, attempts outside the caseload and refusals, not the batch', async () => {
    const { data, errors } = await execute(ANOMALIES, { from: '2025-10-01T00:00:00Z', to: '2025-10-03T00:00:00Z' }, auditor);
    expect(errors).toBeUndefined();
    const anomalies = data?.auditAnomalies as { kind: string; staffId: string | null; count: number; sampleAtenaNos: string[]; code: string | null; description: string }[];
    expect(anomalies.map((a) => [a.kind, a.staffId, a.count, a.code])).toEqual([
      ['LATE_NIGHT', 'cw001', 1, null],
      ['BULK_LOOKUP', 'cw002', 35, null],
      ['OUT_OF_CASELOAD', 'cw003', 3, null],
      ['DENIED', null, 1, 'UNAUTHENTICATED'],
      ['DENIED', 'tax001', 1, 'FORBIDDEN'],
    ]);
    expect(anomalies[0]).toMatchObject({ sampleAtenaNos: [B], description: expect.stringContaining('深夜帯') });
    expect(anomalies[1]?.sampleAtenaNos).toHaveLength(5);
    expect(anomalies[2]).toMatchObject({ sampleAtenaNos: [C], description: expect.stringContaining('担当外') });
  });

  test('answers a disclosure request: who looked at the person, when, what and why', async () => {
    const { data, errors } = await execute(REPORT, { atenaNo: A, householdNo: H }, auditor);
    expect(errors).toBeUndefined();
    const report = data?.disclosureReport as Record<string, unknown> & { byStaff: unknown[]; accesses: { staffId: string; departments: { department: string; outcome: string; reason: string | null; fields: string[] }[] }[] };
    expect(report).toMatchObject({ atenaNo: A, total: 5, accessCount: 2, disclosedCount: 2, refusedCount: 0 });
    expect(report.byStaff).toEqual([
      { staffId: 'cw001', role: 'caseworker', accessCount: 1, refusedCount: 0, purposes: ['29条調査'], departments: ['住民記録', '生活保護', '税務（住民税・固定資産税・軽自動車税）'] },
      { staffId: 'tax001', role: 'tax', accessCount: 1, refusedCount: 0, purposes: ['課税事務'], departments: ['税務（住民税・固定資産税・軽自動車税）'] },
    ].sort((a, b) => a.staffId.localeCompare(b.staffId)));
    expect(report.accesses[0]).toMatchObject({ staffId: 'tax001', departments: [
      { department: 'tax', outcome: 'ALLOWED', reason: null, fields: ['Resident.tax', 'tax.incomes'] },
      { department: 'welfare', outcome: 'DENIED', reason: '権限外', fields: ['Resident.welfare'] },
    ] });
    const alone = await execute(REPORT, { atenaNo: A }, auditor);
    expect(alone.data?.disclosureReport).toMatchObject({ total: 4 });
  });

  test('refuses bad paging and periods with BAD_USER_INPUT', async () => {
    for (const [query, variables] of [[LOG, { first: 0 }], [LOG, { after: 'abc' }], [LOG, { from: '2025-10-02T00:00:00Z', to: '2025-10-01T00:00:00Z' }], [ANOMALIES, { from: '2024-01-01T00:00:00Z', to: '2025-10-01T00:00:00Z' }]] as const) {
      const { errors } = await execute(query, variables, auditor);
      expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', messageEn: expect.any(String) });
    }
  });

  test('is for the auditor alone, with the audit purpose', async () => {
    const asCaseworker = await execute(ANOMALIES, { from: '2025-10-01T00:00:00Z', to: '2025-10-02T00:00:00Z' }, testCaller(TEST_IDENTITIES.cw001));
    expect(asCaseworker.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'ROLE' });
    const withoutPurpose = await execute(LOG, {}, testCaller(TEST_IDENTITIES.au001, null));
    expect(withoutPurpose.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'PURPOSE_REQUIRED' });
  });
});
