import { appendAuditEntries, DEV_AUDIT_CHAIN_KEY, type AuditEntryInput, type Knex } from '@smart-casework/kit';
import { describeDepartment, sampleAuditEntry, sampleBatchEntry, TEST_IDENTITIES, testCaller } from '@smart-casework/kit/testing';
import { expect } from 'vitest';
import { audit } from './app';

/** Batch lines: one line naming many persons (the change watcher's sweep, or anyone's batch read). */
const A = '100000001';
const H = '200000001';
const persons = (n: number, from: number) => Array.from({ length: n }, (_, i) => String(from + i));
const auditor = testCaller(TEST_IDENTITIES.au001, 'audit');
const cw = (staffId: string) => ({ staffId, role: 'caseworker', division: 'welfare', purpose: 'investigation' });

function log(): AuditEntryInput[] {
  const sweep = { at: '2025-10-01T16:00:00.000Z', requestId: 'sweep-1' };
  return [
    sampleAuditEntry(1, { ...cw('cw001'), at: '2025-10-01T01:00:00.000Z', requestId: 'r1', atenaNo: A, department: 'tax', fields: ['Resident.tax'] }),
    // The watcher at 01:00 Japan time: 40 persons in tax, the same and their household in residents.
    sampleBatchEntry(2, [A, ...persons(39, 300000000)], { ...sweep, department: 'tax', fields: ['Resident.tax', 'TaxRecord.hasRecord'] }),
    sampleBatchEntry(3, [A, ...persons(39, 300000000)], { ...sweep, department: 'residents', fields: ['Query.households', 'Resident.name'], subjectHouseholds: [H] }),
    // A caseworker's batch read of 40 persons in one request, in the day, and one of 3 at 23:30 Japan time.
    sampleBatchEntry(4, persons(40, 400000000), { ...cw('cw004'), at: '2025-10-01T02:00:00.000Z', requestId: 'r4' }),
    sampleBatchEntry(5, persons(3, 500000000), { ...cw('cw005'), at: '2025-10-01T14:30:00.000Z', requestId: 'r5' }),
  ];
}

const seed = async (db: Knex) => void (await appendAuditEntries(db, DEV_AUDIT_CHAIN_KEY, log()));

const LOG = `query($atenaNo: ID, $first: Int) { auditLog(atenaNo: $atenaNo, first: $first) {
  nodes { seq staffId atenaNo department subjects subjectCount subjectHouseholds } pageInfo { hasNextPage } } }`;
const REPORT = `query($atenaNo: ID!, $householdNo: ID) { disclosureReport(atenaNo: $atenaNo, householdNo: $householdNo) {
  total accessCount byStaff { staffId accessCount departments } accesses { staffId requestId departments { department fields } } } }`;
const ANOMALIES = `query { auditAnomalies(from: "2025-10-01T00:00:00Z", to: "2025-10-02T00:00:00Z") { kind staffId count sampleAtenaNos } }`;

type Node = { seq: string; staffId: string; atenaNo: string | null; department: string; subjects: string[]; subjectCount: number; subjectHouseholds: string[] };

describeDepartment(audit, { seed, title: 'audit subgraph with batch lines on $dialect' }, ({ test, execute }) => {
  const nodes = async (variables: Record<string, unknown>) => {
    const { data, errors } = await execute(LOG, variables, auditor);
    expect(errors).toBeUndefined();
    return (data?.auditLog as { nodes: Node[] }).nodes;
  };

  test('finds a person through the lines that list them, newest first, with the persons each line names', async () => {
    const found = await nodes({ atenaNo: A });
    expect(found.map((n) => [n.seq, n.staffId, n.atenaNo, n.subjectCount])).toEqual([['3', 'svc-watcher', null, 40], ['2', 'svc-watcher', null, 40], ['1', 'cw001', A, 1]]);
    expect(found[0]?.subjects).toHaveLength(40);
    expect(found[0]?.subjects).toEqual([...found[0]!.subjects].sort());
    expect(found[0]?.subjects[0]).toBe(A);
    expect(found[0]?.subjectHouseholds).toEqual([H]);
    expect(found[2]).toMatchObject({ subjects: [], subjectHouseholds: [] });
    expect((await nodes({ atenaNo: '400000039' })).map((n) => n.seq)).toEqual(['4']);
    expect(await nodes({ atenaNo: '999999999' })).toEqual([]);
  });

  test('counts persons on a page of the whole log: batch lines their list, single lines one', async () => {
    expect((await nodes({ first: 5 })).map((n) => n.subjectCount)).toEqual([3, 40, 40, 40, 1]);
  });

  test('answers a disclosure request with the batch reads that included the person or their household', async () => {
    const { data, errors } = await execute(REPORT, { atenaNo: A, householdNo: H }, auditor);
    expect(errors).toBeUndefined();
    const report = data?.disclosureReport as { total: number; accessCount: number; byStaff: { staffId: string }[]; accesses: { staffId: string; requestId: string; departments: { department: string }[] }[] };
    expect(report).toMatchObject({ total: 3, accessCount: 2 });
    expect(report.accesses[0]).toMatchObject({ staffId: 'svc-watcher', requestId: 'sweep-1', departments: [{ department: 'residents' }, { department: 'tax' }] });
    const household = await execute(REPORT, { atenaNo: '999999999', householdNo: H }, auditor);
    expect(household.data?.disclosureReport).toMatchObject({ total: 1, accesses: [{ staffId: 'svc-watcher', departments: [{ department: 'residents' }] }] });
  });

  test('counts the persons of batch lines as lookups, except the service identity\'s', async () => {
    const { data, errors } = await execute(ANOMALIES, {}, auditor);
    expect(errors).toBeUndefined();
    const anomalies = data?.auditAnomalies as { kind: string; staffId: string; count: number; sampleAtenaNos: string[] }[];
    expect(anomalies.map((a) => [a.kind, a.staffId, a.count])).toEqual([['LATE_NIGHT', 'cw005', 1], ['BULK_LOOKUP', 'cw004', 40]]);
    expect(anomalies[0]?.sampleAtenaNos).toEqual(persons(3, 500000000));
    expect(anomalies[1]?.sampleAtenaNos).toHaveLength(5);
  });
});
