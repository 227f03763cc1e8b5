import { addDays, departmentUnavailable, today, withCheckDigit, type Identity, type Knex } from '@smart-casework/kit';
import { makeCity, makeHousehold, makePerson, type AssistanceTrait, type CityHousehold, type CityPerson, type CityStaff } from '@smart-casework/kit/city';
import { describeDepartment, TEST_IDENTITIES, testCaller } from '@smart-casework/kit/testing';
import { expect } from 'vitest';
import { seed } from '../seed';
import { welfareDepartment } from './app';
import type { RegistryClient, RegistryPerson } from './registry-client';

const staff = (staffId: string, role: CityStaff['role'], division: string, supervisorId: string | null = null): CityStaff => ({ staffId, name: `職員\u3000${staffId}`, nameKana: 'ショクイン', role, division, supervisorId });
const directory = [
  staff('sv001', 'supervisor', 'welfare'), staff('cw001', 'caseworker', 'welfare', 'sv001'), staff('cw002', 'caseworker', 'welfare', 'sv001'),
  staff('sv002', 'supervisor', 'welfare'), staff('cw003', 'caseworker', 'welfare', 'sv002'),
  staff('tax001', 'tax', 'tax'), staff('au001', 'auditor', 'audit'), staff('svc-watcher', 'service', 'system'),
];
const SV002: Identity = { staffId: 'sv002', name: '別班', role: 'supervisor', division: 'welfare' };
const CW003: Identity = { staffId: 'cw003', name: '別班', role: 'caseworker', division: 'welfare' };

const assistance = (caseNo: string, caseworkerId: string, status: AssistanceTrait['status'] = '保護中'): AssistanceTrait => ({
  caseNo, status, startedOn: '2021-04-01', caseworkerId, monthlyBenefit: 80_000, minimumCostOfLiving: 120_000, recognisedIncome: 40_000, lastReviewedOn: '2025-06-01',
});
const application = (applicationNo: string, applicant: CityPerson, caseworkerId: string) => ({ applicationNo, applicantAtenaNo: applicant.atenaNo, appliedOn: '2025-09-10', caseworkerId, status: '調査中' as const });

const p = (surname: string, overrides: Partial<CityPerson> = {}) => makePerson({ surname, givenName: '一', ...overrides });
const onCase = p('保護');
const suspended = p('停止');
const otherTeam = p('別班');
const closedCase = p('廃止');
const applicant = p('申請');
const otherApplicant = p('別申請');
const refused = p('却下');
const single = p('単身');
const couple = p('夫婦');
const wife = p('夫婦', { relationship: '妻', sex: '女' });
const supervised = p('指導');
const moved = p('転出', { status: '転出' });
const died = p('死亡', { status: '死亡' });
const people = [onCase, suspended, otherTeam, closedCase, applicant, otherApplicant, refused, single, couple, wife, supervised, moved, died];
const one = (person: CityPerson, extra: Partial<CityHousehold> = {}) => ({ household: makeHousehold([person], extra), members: [person] });

const city = makeCity(
  [
    one(onCase, { assistance: assistance('C-0001', 'cw001') }),
    one(suspended, { assistance: assistance('C-0002', 'cw002', '停止中') }),
    one(otherTeam, { assistance: assistance('C-0003', 'cw003') }),
    one(closedCase, { assistance: assistance('C-0004', 'cw001') }),
    one(applicant, { application: application('A100041', applicant, 'cw001') }),
    one(otherApplicant, { application: application('A100007', otherApplicant, 'cw002') }),
    one(refused, { application: application('A100040', refused, 'cw001') }),
    one(single), { household: makeHousehold([couple, wife]), members: [couple, wife] }, one(supervised), one(moved), one(died),
  ],
  { staff: directory },
);
const householdOf = (person: CityPerson) => person.householdNo;

/** The city's registry, as the residents subgraph would answer; `down` makes it unreachable. */
function fakeRegistry() {
  const state = { down: false, asked: [] as string[] };
  const client: RegistryClient = {
    async person(atenaNo) {
      state.asked.push(atenaNo);
      if (state.down) throw departmentUnavailable('residents', '住民記録に接続できませんでした');
      const person = people.find((x) => x.atenaNo === atenaNo);
      if (!person) return null;
      const household = city.households.find((h) => h.householdNo === person.householdNo);
      const members = people.filter((x) => household?.memberAtenaNos.includes(x.atenaNo) && x.status === '住民').map((x) => x.atenaNo);
      return { atenaNo, householdNo: person.householdNo, status: person.status, memberAtenaNos: members } satisfies RegistryPerson;
    },
  };
  return { client, state };
}

async function seedWithHistory(db: Knex): Promise<void> {
  await seed(db, city);
  // History the generated city does not have: a closed case and a refused application.
  await db('cases').where('case_no', 'C-0004').update({ status: '廃止', ended_on: '2024-03-31', end_reason: '収入増' });
  await db('applications').where('application_no', 'A100040').update({ status: '却下', decided_on: '2025-09-20' });
}

const registry = fakeRegistry();
const REACHABLE = '{ reachableHouseholds }';
const REGISTER = `mutation($atenaNo: ID!, $appliedOn: Date, $extensionReason: String, $caseworkerId: ID) {
  registerApplication(atenaNo: $atenaNo, appliedOn: $appliedOn, extensionReason: $extensionReason, caseworkerId: $caseworkerId) {
    applicationNo status appliedOn decisionDueOn extensionReason caseworker { staffId } household { householdNo } applicant { atenaNo } members { atenaNo }
  }
}`;
const CLOSE = `mutation($applicationNo: ID!, $outcome: ApplicationOutcome!, $decidedOn: Date, $note: String) {
  closeApplication(applicationNo: $applicationNo, outcome: $outcome, decidedOn: $decidedOn, note: $note) { applicationNo status decidedOn decisionNote }
}`;

type Errors = readonly { message: string; extensions?: Record<string, unknown> }[] | undefined;

/** One error with this code, told in Japanese and in English. */
function expectError(errors: Errors, code: string, en?: RegExp): string {
  expect(errors, 'an error').toHaveLength(1);
  const [error] = errors ?? [];
  expect(error?.extensions?.code).toBe(code);
  expect(error?.message).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
  if (en) expect(String(error?.extensions?.messageEn)).toMatch(en);
  return error?.message ?? '';
}

describeDepartment(welfareDepartment(registry.client), { seed: seedWithHistory, title: 'welfare applications on $dialect' }, ({ test, execute, subgraph, countStatements }) => {
  const reachable = async (identity: Identity) => {
    const { data, errors } = await execute(REACHABLE, {}, testCaller(identity));
    expect(errors).toBeUndefined();
    return data?.reachableHouseholds as string[];
  };
  const register = (variables: Record<string, unknown>, identity: Identity = TEST_IDENTITIES.cw001) => execute(REGISTER, variables, testCaller(identity));
  const close = (variables: Record<string, unknown>, identity: Identity = TEST_IDENTITIES.cw001) => execute(CLOSE, variables, testCaller(identity));
  const applicationCount = async () => Number((await subgraph().db('applications').count({ n: '*' }).first())?.n);

  test('reaches the households of open cases and open applications: own for a caseworker, the team\'s for a supervisor', async () => {
    expect(await reachable(TEST_IDENTITIES.cw001)).toEqual([onCase, applicant].map(householdOf).sort());
    expect(await reachable(TEST_IDENTITIES.sv001)).toEqual([onCase, suspended, applicant, otherApplicant].map(householdOf).sort());
    expect(await reachable(CW003)).toEqual([householdOf(otherTeam)]);
    // Other divisions reach nobody: refused by the field's roles, and empty from the resolver anyway.
    for (const identity of [TEST_IDENTITIES.tax001, TEST_IDENTITIES.au001]) {
      const { data, errors } = await execute(REACHABLE, {}, testCaller(identity));
      expect(data?.reachableHouseholds ?? [], identity.staffId).toEqual([]);
      for (const error of errors ?? []) expect(error.extensions?.code).toBe('FORBIDDEN');
    }
    const service = await execute(REACHABLE, {}, testCaller(TEST_IDENTITIES.svc, 'notice-handling'));
    expect(service).toMatchObject({ data: { reachableHouseholds: [] } });
  });

  test('reads a supervisor\'s reach in one statement', async () => {
    expect(await countStatements(() => execute(REACHABLE, {}, testCaller(TEST_IDENTITIES.sv001)))).toBe(1);
  });

  test('registers an application from the registry, numbered after the highest, and reaches the household', async () => {
    const { data, errors } = await register({ atenaNo: couple.atenaNo, appliedOn: '2025-09-25' });
    expect(errors).toBeUndefined();
    expect(data?.registerApplication).toEqual({
      applicationNo: 'A100042', status: '調査中', appliedOn: '2025-09-25', decisionDueOn: '2025-10-09', extensionReason: null, caseworker: { staffId: 'cw001' },
      household: { householdNo: couple.householdNo }, applicant: { atenaNo: couple.atenaNo }, members: [{ atenaNo: couple.atenaNo }, { atenaNo: wife.atenaNo }],
    });
    expect(await reachable(TEST_IDENTITIES.cw001)).toContain(couple.householdNo);
    expect(await reachable(TEST_IDENTITIES.sv001)).toContain(couple.householdNo);
    expect(await reachable(TEST_IDENTITIES.cw002)).not.toContain(couple.householdNo);
    const { data: mine } = await execute('{ myApplications { applicationNo } }', {}, testCaller(TEST_IDENTITIES.cw001));
    expect(mine?.myApplications).toContainEqual({ applicationNo: 'A100042' });
  });

  test('closes an application (取下げ) and the household leaves the reach; closing again is refused', async () => {
    const { data, errors } = await close({ applicationNo: 'A100042', outcome: 'WITHDRAWN', note: '  本人から取下書の提出あり  ' });
    expect(errors).toBeUndefined();
    expect(data?.closeApplication).toEqual({ applicationNo: 'A100042', status: '取下げ', decidedOn: today(), decisionNote: '本人から取下書の提出あり' });
    expect(await reachable(TEST_IDENTITIES.cw001)).not.toContain(couple.householdNo);
    const again = await close({ applicationNo: 'A100042', outcome: 'REFUSED' });
    expect(expectError(again.errors, 'BAD_USER_INPUT', /already closed/)).toContain('取下げ');
  });

  test('a household whose application was closed may apply again, with a 30-day decision when a reason is given', async () => {
    const { data, errors } = await register({ atenaNo: wife.atenaNo, appliedOn: '2025-09-26', extensionReason: '扶養義務者の資産調査に日時を要するため' });
    expect(errors).toBeUndefined();
    expect(data?.registerApplication).toMatchObject({ applicationNo: 'A100043', applicant: { atenaNo: wife.atenaNo }, decisionDueOn: '2025-10-26', extensionReason: '扶養義務者の資産調査に日時を要するため' });
  });

  test('the supervisor closes (却下) a caseworker\'s application; another caseworker or team may not', async () => {
    const cw002 = await close({ applicationNo: 'A100043', outcome: 'REFUSED' }, TEST_IDENTITIES.cw002);
    expectError(cw002.errors, 'FORBIDDEN');
    const sv002 = await close({ applicationNo: 'A100043', outcome: 'REFUSED' }, SV002);
    expectError(sv002.errors, 'FORBIDDEN');
    const { data, errors } = await close({ applicationNo: 'A100043', outcome: 'REFUSED', decidedOn: '2025-09-30', note: '収入が最低生活費を上回るため' }, TEST_IDENTITIES.sv001);
    expect(errors).toBeUndefined();
    expect(data?.closeApplication).toEqual({ applicationNo: 'A100043', status: '却下', decidedOn: '2025-09-30', decisionNote: '収入が最低生活費を上回るため' });
  });

  test('closing: unknown application is NOT_FOUND; a decision before the application or after today is BAD_USER_INPUT', async () => {
    expectError((await close({ applicationNo: 'A999999', outcome: 'REFUSED' })).errors, 'NOT_FOUND', /A999999/);
    expectError((await close({ applicationNo: 'A100041', outcome: 'REFUSED', decidedOn: '2025-09-01' })).errors, 'BAD_USER_INPUT', /before appliedOn/);
    expectError((await close({ applicationNo: 'A100041', outcome: 'REFUSED', decidedOn: addDays(today(), 1) })).errors, 'BAD_USER_INPUT', /later than today/);
    expectError((await close({ applicationNo: 'A100041', outcome: 'REFUSED', note: 'あ'.repeat(1001) })).errors, 'BAD_USER_INPUT', /at most 1000/);
    const { data } = await execute('{ application(applicationNo: "A100041") { status } }', {}, testCaller());
    expect(data?.application).toEqual({ status: '調査中' });
  });

  test('a supervisor assigns a caseworker of their team, and must name one', async () => {
    const { data, errors } = await register({ atenaNo: supervised.atenaNo, caseworkerId: 'cw002' }, TEST_IDENTITIES.sv001);
    expect(errors).toBeUndefined();
    expect(data?.registerApplication).toMatchObject({ applicationNo: 'A100044', appliedOn: today(), caseworker: { staffId: 'cw002' } });
    expect(await reachable(TEST_IDENTITIES.cw002)).toContain(supervised.householdNo);
    expect(await reachable(TEST_IDENTITIES.cw001)).not.toContain(supervised.householdNo);
    expectError((await register({ atenaNo: single.atenaNo }, TEST_IDENTITIES.sv001)).errors, 'BAD_USER_INPUT', /must name the caseworker/);
    expectError((await register({ atenaNo: single.atenaNo, caseworkerId: 'cw003' }, TEST_IDENTITIES.sv001)).errors, 'BAD_USER_INPUT', /not a caseworker of your team/);
    expectError((await register({ atenaNo: single.atenaNo, caseworkerId: 'sv001' }, TEST_IDENTITIES.sv001)).errors, 'BAD_USER_INPUT', /not a caseworker of your team/);
  });

  test('a caseworker may not assign someone else; other roles may not register', async () => {
    const before = await applicationCount();
    expectError((await register({ atenaNo: single.atenaNo, caseworkerId: 'cw002' })).errors, 'FORBIDDEN');
    for (const identity of [TEST_IDENTITIES.tax001, TEST_IDENTITIES.au001, TEST_IDENTITIES.svc]) {
      expectError((await register({ atenaNo: single.atenaNo }, identity)).errors, 'FORBIDDEN');
    }
    expect(await applicationCount()).toBe(before);
  });

  test('refuses each kind of bad input with BAD_USER_INPUT in Japanese and English, and registers nothing', async () => {
    const before = await applicationCount();
    const cases: [Record<string, unknown>, RegExp, string?][] = [
      [{ atenaNo: '12ab' }, /must be 8 to 15 digits/],
      [{ atenaNo: `${single.atenaNo.slice(0, -1)}${(Number(single.atenaNo.slice(-1)) + 1) % 10}` }, /check digit/],
      [{ atenaNo: withCheckDigit(987_654_321, 11) }, /No person/],
      [{ atenaNo: moved.atenaNo }, /not a resident \(status 転出\)/, '転出'],
      [{ atenaNo: died.atenaNo }, /not a resident \(status 死亡\)/, '死亡'],
      [{ atenaNo: single.atenaNo, appliedOn: addDays(today(), 1) }, /later than today/, '未来'],
      [{ atenaNo: single.atenaNo, extensionReason: 'あ'.repeat(201) }, /at most 200/],
      [{ atenaNo: applicant.atenaNo }, /open application A100041/, 'A100041'],
      [{ atenaNo: onCase.atenaNo }, /open case C-0001/, 'C-0001'],
      [{ atenaNo: suspended.atenaNo }, /open case C-0002 \(停止中/, 'C-0002'],
    ];
    for (const [variables, en, ja] of cases) {
      const message = expectError((await register(variables)).errors, 'BAD_USER_INPUT', en);
      if (ja) expect(message).toContain(ja);
    }
    expect(await applicationCount()).toBe(before);
  });

  test('a household with only a closed case or a refused application may apply', async () => {
    for (const person of [closedCase, refused]) {
      const { data, errors } = await register({ atenaNo: person.atenaNo, appliedOn: '2025-09-28' });
      expect(errors, person.surname).toBeUndefined();
      expect(data?.registerApplication).toMatchObject({ status: '調査中', household: { householdNo: person.householdNo } });
    }
  });

  test('a registry that cannot be read is DEPARTMENT_UNAVAILABLE and registers nothing', async () => {
    const before = await applicationCount();
    registry.state.down = true;
    try {
      const { errors } = await register({ atenaNo: single.atenaNo });
      expect(errors?.[0]?.extensions).toMatchObject({ code: 'DEPARTMENT_UNAVAILABLE', department: 'residents' });
    } finally {
      registry.state.down = false;
    }
    expect(await applicationCount()).toBe(before);
  });

  test('two registrations for one household at the same moment: one is registered, the other refused', async () => {
    const before = await applicationCount();
    const answers = await Promise.all([register({ atenaNo: couple.atenaNo }), register({ atenaNo: wife.atenaNo })]);
    const registered = answers.filter((a) => a.data?.registerApplication);
    expect(registered).toHaveLength(1);
    const refused = answers.find((a) => !a.data?.registerApplication);
    expectError(refused?.errors, 'BAD_USER_INPUT', /already has open application/);
    expect(await applicationCount()).toBe(before + 1);
  });
});
