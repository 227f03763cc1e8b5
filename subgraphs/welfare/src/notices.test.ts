import { makeCity, makeHousehold, makePerson, type AssistanceTrait, type CityStaff } from '@smart-casework/kit/city';
import { describeDepartment, TEST_IDENTITIES, testCaller } from '@smart-casework/kit/testing';
import type { Identity } from '@smart-casework/kit';
import { describe, expect, it } from 'vitest';
import { seed } from '../seed';
import { welfare } from './app';
import { insertNotices, noticeIdOf, type NewNotice } from './data/notices';
import { accruedOverpayment, wholeMonthsBetween } from './notice-rules';

const staff = (staffId: string, role: CityStaff['role'], division: string, supervisorId: string | null = null): CityStaff => ({ staffId, name: `職員\u3000${staffId}`, nameKana: 'ショクイン', role, division, supervisorId });
const directory = [
  staff('sv001', 'supervisor', 'welfare'), staff('cw001', 'caseworker', 'welfare', 'sv001'), staff('cw002', 'caseworker', 'welfare', 'sv001'),
  staff('sv002', 'supervisor', 'welfare'), staff('cw003', 'caseworker', 'welfare', 'sv002'), staff('tax001', 'tax', 'tax'), staff('svc-watcher', 'service', 'system'),
];
const assistance = (caseNo: string, caseworkerId: string): AssistanceTrait => ({ caseNo, status: '保護中', startedOn: '2021-04-01', caseworkerId, monthlyBenefit: 80_000, minimumCostOfLiving: 120_000, recognisedIncome: 40_000, lastReviewedOn: '2025-06-01' });

const mother = makePerson({ surname: '山田', givenName: '花子', sex: '女' });
const son = makePerson({ surname: '山田', givenName: '翔太', relationship: '子', birthDate: '2012-03-02' });
const widow = makePerson({ surname: '佐藤', givenName: 'トメ', sex: '女' });
const other = makePerson({ surname: '高橋', givenName: '修' });
const applicant = makePerson({ surname: '田中', givenName: '誠' });
const neighbour = makePerson({ surname: '渡辺', givenName: '一郎' });
const city = makeCity(
  [
    { household: makeHousehold([mother, son], { assistance: assistance('C-0001', 'cw001') }), members: [mother, son] },
    { household: makeHousehold([widow], { assistance: assistance('C-0002', 'cw002') }), members: [widow] },
    { household: makeHousehold([other], { assistance: assistance('C-0003', 'cw003') }), members: [other] },
    { household: makeHousehold([applicant], { application: { applicationNo: 'A-0001', applicantAtenaNo: applicant.atenaNo, appliedOn: '2025-09-10', caseworkerId: 'cw001', status: '調査中' } }), members: [applicant] },
    { household: makeHousehold([neighbour]), members: [neighbour] },
  ],
  { staff: directory },
);

const svc: Identity = { staffId: 'svc-gateway', name: '通知中継', role: 'service', division: 'system' };
const cw002: Identity = { ...TEST_IDENTITIES.cw001, staffId: 'cw002' };
const sv002: Identity = { ...TEST_IDENTITIES.sv001, staffId: 'sv002' };

/** A notice about `person` for case C-0001 (cw001, team sv001) unless overridden. */
function notice(key: string, person: typeof mother, overrides: Partial<NewNotice> = {}): NewNotice {
  return {
    dedupeKey: key, atenaNo: person.atenaNo, householdNo: person.householdNo, caseNo: 'C-0001', applicationNo: null, source: 'pension', section: 'pension',
    kind: '年金受給開始', summary: '老齢基礎年金の受給が始まりました', before: null, after: { monthlyAmount: 60_000 }, effectiveDate: '2025-08-01',
    detectedAt: '2025-09-30T00:00:00.000Z', dueDate: '2025-10-05', estimatedMonthlyImpact: -60_000, overpaymentPerMonth: null, assignedTo: 'cw001', supervisorId: 'sv001', ...overrides,
  };
}
const team2 = { caseNo: 'C-0002', assignedTo: 'cw002' } as const;
const FIXTURES: NewNotice[] = [
  notice('n1', mother, { source: 'child', section: 'childBenefits', kind: '児童扶養手当額変更', before: { monthlyAmount: 46_690 }, after: { monthlyAmount: 16_690 }, effectiveDate: '2025-07-15', dueDate: '2025-09-20', overpaymentPerMonth: 30_000 }),
  notice('n2', son, { source: 'residents', section: 'registry', kind: '世帯員転出', summary: '世帯員が転出しました' }),
  notice('n3', applicant, { caseNo: null, applicationNo: 'A-0001', overpaymentPerMonth: 5_000 }),
  notice('n4', widow, { ...team2, overpaymentPerMonth: 20_000 }),
  notice('n5', other, { caseNo: 'C-0003', assignedTo: 'cw003', supervisorId: 'sv002', dueDate: '2025-09-01', overpaymentPerMonth: 10_000 }),
  notice('n6', mother, { overpaymentPerMonth: 5_000 }),
  notice('m1', widow, { ...team2, dueDate: '2025-10-20' }),
  notice('m2', widow, { ...team2, dueDate: '2025-10-21' }),
];
const id = (key: string) => noticeIdOf(key);
const ids = (...keys: string[]) => keys.map(id);

type Page = { nodes: { id: string }[]; pageInfo: { endCursor: string | null; hasNextPage: boolean }; unreadCount: number; totalCount: number; overdueCount: number };
const NOTICES = `query($status: NoticeStatus, $first: Int, $after: String, $orderBy: NoticeOrder, $staffId: ID, $overdueOnly: Boolean) {
  notices(status: $status, first: $first, after: $after, orderBy: $orderBy, staffId: $staffId, overdueOnly: $overdueOnly) { nodes { id } pageInfo { endCursor hasNextPage } unreadCount totalCount overdueCount } }`;
const ACK = 'mutation($id: ID!) { acknowledgeNotice(id: $id) { id status acknowledgedAt acknowledgedBy { staffId } } }';
const RESOLVE = 'mutation($id: ID!, $note: String!) { resolveNotice(id: $id, note: $note) { id status acknowledgedBy { staffId } resolvedAt resolvedBy { staffId } resolutionNote } }';

describe('notice rules', () => {
  it('names a notice N + the first 20 hex digits of a digest key, hashing any other key', () => {
    expect(noticeIdOf('ab'.repeat(32))).toBe(`N${'ab'.repeat(10)}`);
    expect(noticeIdOf('n1')).toMatch(/^N[0-9a-f]{20}$/);
    expect(noticeIdOf('n1')).not.toBe(noticeIdOf('n2'));
  });

  it('accrues the overpayment per whole month since the change, until resolved', () => {
    expect(wholeMonthsBetween('2025-07-15', '2025-10-01')).toBe(2);
    expect(wholeMonthsBetween('2025-07-01', '2025-10-01')).toBe(3);
    expect(wholeMonthsBetween('2025-10-05', '2025-10-01')).toBe(0);
    const row = { overpayment_per_month: 30_000, effective_date: '2025-07-15', resolved_at: null };
    expect(accruedOverpayment(row, '2025-10-01')).toBe(60_000);
    expect(accruedOverpayment({ ...row, resolved_at: '2025-08-20T01:00:00.000Z' }, '2025-10-01')).toBe(30_000);
    expect(accruedOverpayment({ ...row, overpayment_per_month: null }, '2025-10-01')).toBeNull();
  });
});

describeDepartment(welfare, { seed: async (db) => { await seed(db, city); await insertNotices(db, FIXTURES); }, title: 'welfare change notices on $dialect' }, ({ test, execute, subgraph, countStatements }) => {
  const page = async (variables: Record<string, unknown>, identity: Identity = TEST_IDENTITIES.cw001): Promise<Page> => {
    const { data, errors } = await execute(NOTICES, variables, testCaller(identity, 'notice-handling'));
    expect(errors).toBeUndefined();
    return data?.notices as Page;
  };
  const walk = async (variables: Record<string, unknown>, identity: Identity): Promise<{ ids: string[]; endCursor: string | null }> => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let guard = 0; guard < 50; guard += 1) {
      const result: Page = await page({ ...variables, after }, identity);
      seen.push(...result.nodes.map((n) => n.id));
      after = result.pageInfo.endCursor;
      if (!result.pageInfo.hasNextPage) break;
    }
    return { ids: seen, endCursor: after };
  };
  const codeOf = (result: { errors?: readonly { extensions?: Record<string, unknown> }[] }) => result.errors?.[0]?.extensions?.code;

  test('shows a caseworker their own notices, a supervisor the team\'s, a service all, anyone else FORBIDDEN', async () => {
    expect((await page({})).nodes.map((n) => n.id)).toEqual(ids('n1', 'n2', 'n3', 'n6'));
    expect((await page({}, cw002)).nodes.map((n) => n.id)).toEqual(ids('n4', 'm1', 'm2'));
    expect((await page({}, TEST_IDENTITIES.sv001)).nodes.map((n) => n.id)).toEqual(ids('n1', 'n2', 'n3', 'n4', 'n6', 'm1', 'm2'));
    expect((await page({}, sv002)).nodes.map((n) => n.id)).toEqual(ids('n5'));
    expect((await page({}, svc)).nodes.map((n) => n.id)).toEqual(ids('n1', 'n2', 'n3', 'n4', 'n5', 'n6', 'm1', 'm2'));
    expect((await page({ staffId: 'cw002' }, TEST_IDENTITIES.sv001)).nodes.map((n) => n.id)).toEqual(ids('n4', 'm1', 'm2'));
    for (const identity of [TEST_IDENTITIES.tax001, TEST_IDENTITIES.au001]) {
      expect(codeOf(await execute(NOTICES, {}, testCaller(identity))), identity.staffId).toBe('FORBIDDEN');
      expect(codeOf(await execute('query($id: ID!) { notice(id: $id) { id } }', { id: id('n1') }, testCaller(identity)))).toBe('FORBIDDEN');
    }
    expect(codeOf(await execute(NOTICES, { staffId: 'cw002' }))).toBe('FORBIDDEN');
    expect(codeOf(await execute('query($id: ID!) { notice(id: $id) { id } }', { id: id('n4') }))).toBe('FORBIDDEN');
    expect((await execute('query($id: ID!) { notice(id: $id) { id } }', { id: 'N00000000000000000000' })).data).toEqual({ notice: null });
  });

  test('counts unread, total and overdue notices of the caller', async () => {
    expect(await page({ first: 0 })).toMatchObject({ nodes: [], unreadCount: 4, totalCount: 4, overdueCount: 1, pageInfo: { hasNextPage: true } });
    const overdue = await page({ overdueOnly: true });
    expect(overdue).toMatchObject({ nodes: [{ id: id('n1') }], unreadCount: 4, totalCount: 1, overdueCount: 1 });
    expect(await page({ status: 'RESOLVED' })).toMatchObject({ nodes: [], totalCount: 0, unreadCount: 4 });
    expect(await page({ first: 0 }, sv002)).toMatchObject({ unreadCount: 1, totalCount: 1, overdueCount: 1 });
    const tooMany = await execute(NOTICES, { first: 201 });
    expect(tooMany.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', messageEn: expect.stringContaining('200') });
    expect(codeOf(await execute(NOTICES, { after: 'not-a-cursor' }))).toBe('BAD_USER_INPUT');
  });

  test('orders by PRIORITY (due date, overpayment largest first, arrival) across pages of any size', async () => {
    expect((await page({ orderBy: 'PRIORITY' })).nodes.map((n) => n.id)).toEqual(ids('n1', 'n3', 'n6', 'n2'));
    const expected = ids('n1', 'n4', 'n3', 'n6', 'n2', 'm1', 'm2');
    for (const first of [1, 2, 3, 50]) expect((await walk({ orderBy: 'PRIORITY', first }, TEST_IDENTITIES.sv001)).ids, `first ${first}`).toEqual(expected);
  });

  test('pages by arrival: after an endCursor come only the notices that arrived later', async () => {
    const all = ids('n1', 'n2', 'n3', 'n4', 'n5', 'n6', 'm1', 'm2');
    const { ids: seen, endCursor } = await walk({ first: 3 }, svc);
    expect(seen).toEqual(all);
    const caughtUp = await page({ after: endCursor }, svc);
    expect(caughtUp.nodes).toEqual([]);
    expect(caughtUp.pageInfo).toEqual({ endCursor, hasNextPage: false });
    await insertNotices(subgraph().db, [notice('late', neighbour, { caseNo: null, householdNo: neighbour.householdNo, assignedTo: 'cw009', supervisorId: null })]);
    const missed = await page({ after: endCursor }, svc);
    expect(missed.nodes).toEqual([{ id: id('late') }]);
    const { data } = await execute('query($id: ID!) { notice(id: $id) { cursor } }', { id: id('late') }, testCaller(svc, 'notice-handling'));
    expect(missed.pageInfo.endCursor).toBe((data?.notice as { cursor: string }).cursor);
  });

  test('acknowledges once and resolves with a note, by the assignee or their supervisor only', async () => {
    expect(codeOf(await execute(ACK, { id: id('m1') }))).toBe('FORBIDDEN');
    expect(codeOf(await execute(ACK, { id: id('m1') }, testCaller(svc)))).toBe('FORBIDDEN');
    const missing = await execute(ACK, { id: 'Nffffffffffffffffffff' }, testCaller(cw002));
    expect(missing.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', messageEn: expect.any(String) });
    const acked = await execute(ACK, { id: id('m1') }, testCaller(cw002));
    expect(acked.data?.acknowledgeNotice).toMatchObject({ status: 'ACKNOWLEDGED', acknowledgedBy: { staffId: 'cw002' }, acknowledgedAt: expect.any(String) });
    const again = await execute(ACK, { id: id('m1') }, testCaller(TEST_IDENTITIES.sv001));
    expect(again.data?.acknowledgeNotice).toEqual(acked.data?.acknowledgeNotice);
    for (const note of ['   ', 'あ'.repeat(1001)]) {
      const bad = await execute(RESOLVE, { id: id('m1'), note }, testCaller(cw002));
      expect(bad.errors?.[0]?.extensions, note.slice(0, 5)).toMatchObject({ code: 'BAD_USER_INPUT', messageEn: expect.any(String) });
      expect(bad.errors?.[0]?.message).toMatch(/処理内容/);
    }
    const resolved = await execute(RESOLVE, { id: id('m1'), note: ' 保護変更決定済み ' }, testCaller(TEST_IDENTITIES.sv001));
    expect(resolved.data?.resolveNotice).toMatchObject({ status: 'RESOLVED', acknowledgedBy: { staffId: 'cw002' }, resolvedBy: { staffId: 'sv001' }, resolutionNote: '保護変更決定済み', resolvedAt: expect.any(String) });
    expect((await execute(ACK, { id: id('m1') }, testCaller(cw002))).data?.acknowledgeNotice).toMatchObject({ status: 'RESOLVED' });
    const direct = await execute(RESOLVE, { id: id('m2'), note: 'あ'.repeat(1000) }, testCaller(cw002));
    expect(direct.data?.resolveNotice).toMatchObject({ status: 'RESOLVED', acknowledgedBy: { staffId: 'cw002' }, resolvedBy: { staffId: 'cw002' } });
    expect(await page({ first: 0 }, cw002)).toMatchObject({ unreadCount: 1, totalCount: 3 });
  });

  test('resolves a ChangeNotice entity with its references, for those who may see it', async () => {
    const query = `query($r: [_Any!]!) { _entities(representations: $r) { ... on ChangeNotice { id source sourceName section kind before after effectiveDate detectedAt status
      overpaymentPerMonth accruedOverpayment dueDate overdue resident { atenaNo } household { householdNo } assignedTo { staffId name } supervisor { staffId }
      welfareCase { caseNo } application { applicationNo } } } }`;
    const r = [{ __typename: 'ChangeNotice', id: id('n1') }, { __typename: 'ChangeNotice', id: 'N00000000000000000000' }, { __typename: 'ChangeNotice', id: id('n3') }];
    const { data, errors } = await execute(query, { r });
    expect(errors).toBeUndefined();
    const [n1, unknown, n3] = data?._entities as Record<string, unknown>[];
    expect(n1).toEqual({
      id: id('n1'), source: 'child', sourceName: '児童手当・児童扶養手当・特別児童扶養手当', section: 'childBenefits', kind: '児童扶養手当額変更', before: { monthlyAmount: 46_690 }, after: { monthlyAmount: 16_690 },
      effectiveDate: '2025-07-15', detectedAt: '2025-09-30T00:00:00.000Z', status: 'UNREAD', overpaymentPerMonth: 30_000, accruedOverpayment: 60_000, dueDate: '2025-09-20', overdue: true,
      resident: { atenaNo: mother.atenaNo }, household: { householdNo: mother.householdNo }, assignedTo: { staffId: 'cw001', name: '職員\u3000cw001' }, supervisor: { staffId: 'sv001' }, welfareCase: { caseNo: 'C-0001' }, application: null,
    });
    expect(unknown).toBeNull();
    expect(n3).toMatchObject({ overdue: false, welfareCase: null, application: { applicationNo: 'A-0001' }, resident: { atenaNo: applicant.atenaNo } });
    expect(codeOf(await execute(query, { r: r.slice(0, 1) }, testCaller(sv002)))).toBe('FORBIDDEN');
  });

  test('counts a case\'s unread notices in one statement per batch of cases', async () => {
    const query = 'query($r: [_Any!]!) { _entities(representations: $r) { ... on WelfareCase { caseNo unreadNoticeCount } } }';
    const reps = (...caseNos: string[]) => ({ r: caseNos.map((caseNo) => ({ __typename: 'WelfareCase', caseNo })) });
    const { data } = await execute(query, reps('C-0001', 'C-0003'));
    expect(data?._entities).toEqual([{ caseNo: 'C-0001', unreadNoticeCount: 3 }, { caseNo: 'C-0003', unreadNoticeCount: 1 }]);
    const forOne = await countStatements(() => execute(query, reps('C-0001')));
    const forThree = await countStatements(() => execute(query, reps('C-0001', 'C-0002', 'C-0003')));
    expect(forOne).toBe(2);
    expect(forThree).toBe(forOne);
    const caseload = await execute('{ myCaseload { caseNo unreadNoticeCount } }', {}, testCaller(TEST_IDENTITIES.sv001));
    expect(caseload.data?.myCaseload).toEqual([{ caseNo: 'C-0001', unreadNoticeCount: 3 }, { caseNo: 'C-0002', unreadNoticeCount: 1 }]);
  });

  test('stores each dedupe key once, however often a sweep raises it', async () => {
    const db = subgraph().db;
    const extra = notice('x1', neighbour, { caseNo: null, assignedTo: 'cw009', supervisorId: null });
    expect(await insertNotices(db, FIXTURES)).toBe(0);
    expect(await insertNotices(db, [FIXTURES[0] as NewNotice, extra, extra])).toBe(1);
    expect(await insertNotices(db, [extra])).toBe(0);
    const [{ n }] = (await db('change_notices').count({ n: '*' })) as [{ n: number | string }];
    expect(Number(n)).toBe(FIXTURES.length + 2);
  });

  test('declares Subscription.noticeAdded for the gateway to execute', async () => {
    const { data } = await execute('{ __type(name: "Subscription") { fields { name type { ofType { name } } } } }');
    expect(data?.__type).toEqual({ fields: [{ name: 'noticeAdded', type: { ofType: { name: 'ChangeNotice' } } }] });
  });
});
