import { makeCity, makeHousehold, makePerson, type AssistanceTrait, type CityStaff } from '@smart-casework/kit/city';
import { describeDepartment, TEST_IDENTITIES, testCaller } from '@smart-casework/kit/testing';
import { expect } from 'vitest';
import { seed } from '../seed';
import { welfare } from './app';

const staff = (staffId: string, name: string, role: CityStaff['role'], division: string, supervisorId: string | null = null): CityStaff => ({ staffId, name, nameKana: 'フクシ\u3000タロウ', role, division, supervisorId });
const directory = [
  staff('sv001', '査察\u3000指導', 'supervisor', 'welfare'),
  staff('cw001', '福祉\u3000一郎', 'caseworker', 'welfare', 'sv001'),
  staff('cw002', '福祉\u3000二郎', 'caseworker', 'welfare', 'sv001'),
  staff('sv002', '別班\u3000指導', 'supervisor', 'welfare'),
  staff('cw003', '別班\u3000三郎', 'caseworker', 'welfare', 'sv002'),
  staff('tax001', '税務\u3000花子', 'tax', 'tax'),
  staff('au001', '監査\u3000次郎', 'auditor', 'audit'),
  staff('svc-watcher', '異動検知バッチ', 'service', 'system'),
];

const assistance = (caseNo: string, caseworkerId: string, overrides: Partial<AssistanceTrait> = {}): AssistanceTrait => ({
  caseNo, status: '保護中', startedOn: '2021-04-01', caseworkerId, monthlyBenefit: 80_000, minimumCostOfLiving: 120_000, recognisedIncome: 40_000, lastReviewedOn: '2025-06-01', ...overrides,
});

const mother = makePerson({ surname: '山田', givenName: '花子', sex: '女', birthDate: '1985-06-15', disability: { kind: '精神', grade: '2級', category: null, issuedOn: '2019-01-01' } });
const son = makePerson({ surname: '山田', givenName: '翔太', relationship: '子', birthDate: '2012-03-02', residentSince: '2012-03-02' });
const daughter = makePerson({ surname: '山田', givenName: '結衣', sex: '女', relationship: '子', birthDate: '2022-05-01', residentSince: '2022-05-01' });
const widow = makePerson({ surname: '佐藤', givenName: 'トメ', sex: '女', birthDate: '1940-02-11' });
const husband = makePerson({ surname: '鈴木', givenName: '茂', birthDate: '1948-07-07' });
const wife = makePerson({ surname: '鈴木', givenName: '和子', sex: '女', relationship: '妻', birthDate: '1950-09-09' });
const otherTeam = makePerson({ surname: '高橋', givenName: '修' });
const applicant = makePerson({ surname: '田中', givenName: '誠', birthDate: '1975-12-12' });
const applicantWife = makePerson({ surname: '田中', givenName: '恵', sex: '女', relationship: '妻', birthDate: '1978-01-01' });
const lateApplicant = makePerson({ surname: '伊藤', givenName: '健', birthDate: '1990-01-01' });
const neighbour = makePerson({ surname: '渡辺', givenName: '一郎', birthDate: '1960-01-20' });
const neighbourWife = makePerson({ surname: '渡辺', givenName: '幸子', sex: '女', relationship: '妻', birthDate: '1962-02-02' });

const city = makeCity(
  [
    { household: makeHousehold([mother, son, daughter], { kind: 'single-parent', assistance: assistance('C-0001', 'cw001', { minimumCostOfLiving: 230_000, recognisedIncome: 50_000, monthlyBenefit: 180_000, lastReviewedOn: '2024-08-01' }) }), members: [mother, son, daughter] },
    { household: makeHousehold([widow], { kind: 'elderly', assistance: assistance('C-0002', 'cw002', { status: '停止中', monthlyBenefit: 0 }) }), members: [widow] },
    { household: makeHousehold([husband, wife], { kind: 'elderly', assistance: assistance('C-0003', 'cw001', { recognisedIncome: 125_000, monthlyBenefit: 0 }) }), members: [husband, wife] },
    { household: makeHousehold([otherTeam], { assistance: assistance('C-0004', 'cw003') }), members: [otherTeam] },
    { household: makeHousehold([applicant, applicantWife], { kind: 'couple', application: { applicationNo: 'A-0001', applicantAtenaNo: applicant.atenaNo, appliedOn: '2025-09-10', caseworkerId: 'cw001', status: '調査中' } }), members: [applicant, applicantWife] },
    { household: makeHousehold([lateApplicant], { application: { applicationNo: 'A-0002', applicantAtenaNo: lateApplicant.atenaNo, appliedOn: '2025-09-20', caseworkerId: 'cw002', status: '調査中' } }), members: [lateApplicant] },
    { household: makeHousehold([neighbour, neighbourWife]), members: [neighbour, neighbourWife] },
  ],
  { staff: directory },
);

const ME = '{ me { staffId name nameKana role division supervisor { staffId } team { staffId } } }';
const CASELOAD = '{ myCaseload { caseNo } myApplications { applicationNo } }';
const RECORD = `source sourceName hasRecord asOf onAssistance caseRole coveredFrom findings { code severity message }
  case { caseNo status caseworker { name } household { householdNo } householdSize benefitLines { kind amount } coverage { resident { atenaNo } caseRole } }
  applications { applicationNo decisionDueOn caseworker { staffId } members { atenaNo } findings { code } }`;

describeDepartment(welfare, { seed: (db) => seed(db, city) }, ({ test, execute, sectionsOf, countStatements }) => {
  const records = sectionsOf('welfare', RECORD);

  test('answers me from the staff directory for a caseworker, a supervisor and a tax user', async () => {
    const cw = await execute(ME, {}, testCaller(TEST_IDENTITIES.cw001));
    expect(cw.errors).toBeUndefined();
    expect(cw.data).toEqual({ me: { staffId: 'cw001', name: '福祉\u3000一郎', nameKana: 'フクシ\u3000タロウ', role: 'caseworker', division: 'welfare', supervisor: { staffId: 'sv001' }, team: [] } });
    const sv = await execute(ME, {}, testCaller(TEST_IDENTITIES.sv001));
    expect(sv.data?.me).toMatchObject({ staffId: 'sv001', role: 'supervisor', supervisor: null, team: [{ staffId: 'cw001' }, { staffId: 'cw002' }] });
    const tax = await execute(ME, {}, testCaller(TEST_IDENTITIES.tax001));
    expect(tax.data?.me).toMatchObject({ staffId: 'tax001', name: '税務\u3000花子', role: 'tax', division: 'tax', team: [] });
  });

  test('builds me from the caller identity when the directory does not list them', async () => {
    const { data } = await execute(ME, {}, testCaller({ staffId: 'cw999', name: '新任\u3000職員', role: 'caseworker', division: 'welfare' }));
    expect(data).toEqual({ me: { staffId: 'cw999', name: '新任\u3000職員', nameKana: null, role: 'caseworker', division: 'welfare', supervisor: null, team: [] } });
  });

  test('gives a caseworker their own work, a supervisor the team\'s, other divisions FORBIDDEN', async () => {
    const cw = await execute(CASELOAD, {}, testCaller(TEST_IDENTITIES.cw001));
    expect(cw.data).toEqual({ myCaseload: [{ caseNo: 'C-0001' }, { caseNo: 'C-0003' }], myApplications: [{ applicationNo: 'A-0001' }] });
    const sv = await execute(CASELOAD, {}, testCaller(TEST_IDENTITIES.sv001));
    expect(sv.data).toEqual({ myCaseload: [{ caseNo: 'C-0001' }, { caseNo: 'C-0003' }, { caseNo: 'C-0002' }], myApplications: [{ applicationNo: 'A-0001' }, { applicationNo: 'A-0002' }] });
    for (const identity of [TEST_IDENTITIES.tax001, TEST_IDENTITIES.au001]) {
      const { data, errors } = await execute(CASELOAD, {}, testCaller(identity));
      expect(data, identity.staffId).toBeNull();
      expect(errors?.map((e) => [e.extensions?.code, e.extensions?.reason]), identity.staffId).toContainEqual(['FORBIDDEN', 'ROLE']);
    }
  });

  test('reads a caseload in one statement however many cases it holds (a supervisor\'s: one more, for the team the access check needs)', async () => {
    expect(await countStatements(() => execute('{ myCaseload { caseNo status } }', {}, testCaller(TEST_IDENTITIES.cw001)))).toBe(1);
    expect(await countStatements(() => execute('{ myCaseload { caseNo status } }', {}, testCaller(TEST_IDENTITIES.sv001)))).toBe(2);
  });

  test('resolves every seeded staff member as an entity, and null for an unknown one', async () => {
    const ids = [...directory.map((s) => s.staffId), 'nobody'];
    const { data, errors } = await execute('query($r: [_Any!]!) { _entities(representations: $r) { ... on Staff { staffId name role division } } }', { r: ids.map((staffId) => ({ __typename: 'Staff', staffId })) });
    expect(errors).toBeUndefined();
    const entities = data?._entities as ({ staffId: string; role: string } | null)[];
    expect(entities.map((e) => e?.staffId ?? null)).toEqual([...directory.map((s) => s.staffId), null]);
    expect(entities[7]).toMatchObject({ staffId: 'svc-watcher', role: 'service', division: 'system' });
  });

  test('resolves a case with its household, members, benefit lines and findings', async () => {
    const query = 'query($r: [_Any!]!) { _entities(representations: $r) { ... on WelfareCase { caseNo status startedOn monthlyBenefit minimumCostOfLiving recognisedIncome grade lastReviewedOn householdSize household { householdNo } caseworker { staffId name } members { atenaNo } benefitLines { kind amount note } findings { code severity } } } }';
    const { data, errors } = await execute(query, { r: [{ __typename: 'WelfareCase', caseNo: 'C-0001' }, { __typename: 'WelfareCase', caseNo: 'C-9999' }, { __typename: 'WelfareCase', caseNo: 'C-0003' }] });
    expect(errors).toBeUndefined();
    const [first, missing, third] = data?._entities as Record<string, unknown>[];
    expect(first).toMatchObject({ caseNo: 'C-0001', status: '保護中', startedOn: '2021-04-01', monthlyBenefit: 180_000, grade: '2級地-1', householdSize: 3, household: { householdNo: mother.householdNo }, caseworker: { staffId: 'cw001', name: '福祉\u3000一郎' }, members: [{ atenaNo: mother.atenaNo }, { atenaNo: son.atenaNo }, { atenaNo: daughter.atenaNo }] });
    const lines = first?.benefitLines as { kind: string; amount: number }[];
    expect(lines.reduce((sum, l) => sum + l.amount, 0)).toBe(230_000);
    expect(lines.map((l) => l.kind)).toEqual(['生活扶助', '住宅扶助', '母子加算', '児童養育加算']);
    expect(first?.findings).toEqual([{ code: 'CASE_REVIEW_OVERDUE', severity: 'warning' }]);
    expect(missing).toBeNull();
    expect(third?.findings).toEqual([{ code: 'CASE_INCOME_ABOVE_MINIMUM', severity: 'critical' }]);
  });

  test('gives every person a section: covered, suspended, applying, and without record', async () => {
    const [m, s, w, a, n] = await records([mother, son, widow, applicantWife, neighbour]);
    expect(m).toMatchObject({ source: 'welfare', sourceName: '生活保護', hasRecord: true, onAssistance: true, caseRole: '世帯主', coveredFrom: '2021-04-01', case: { caseNo: 'C-0001', caseworker: { name: '福祉\u3000一郎' }, household: { householdNo: mother.householdNo }, householdSize: 3 }, applications: [] });
    expect(m?.findings).toMatchObject([{ code: 'CASE_REVIEW_OVERDUE', severity: 'warning' }]);
    expect(s).toMatchObject({ hasRecord: true, onAssistance: true, caseRole: '世帯員', case: { caseNo: 'C-0001' } });
    expect(w).toMatchObject({ hasRecord: true, onAssistance: false, case: { status: '停止中' }, findings: [{ code: 'CASE_SUSPENDED', severity: 'warning' }] });
    expect(a).toMatchObject({ hasRecord: true, onAssistance: false, case: null, caseRole: null, applications: [{ applicationNo: 'A-0001', decisionDueOn: '2025-09-24', caseworker: { staffId: 'cw001' }, members: [{ atenaNo: applicant.atenaNo }, { atenaNo: applicantWife.atenaNo }] }] });
    expect(a?.findings).toMatchObject([{ code: 'APPLICATION_DECISION_OVERDUE', severity: 'critical', message: expect.stringContaining('2025-09-24') }]);
    expect(n).toEqual({ source: 'welfare', sourceName: '生活保護', hasRecord: false, asOf: m?.asOf, onAssistance: false, caseRole: null, coveredFrom: null, findings: [], case: null, applications: [] });
    expect(Number.isNaN(Date.parse(String(m?.asOf)))).toBe(false);
  });

  test('extends a household with its case and applications', async () => {
    const query = 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Household { householdNo welfareCase { caseNo } applications { applicationNo status } } } }';
    const { data, errors } = await execute(query, { r: [mother, applicant, neighbour].map((p) => ({ __typename: 'Household', householdNo: p.householdNo })) });
    expect(errors).toBeUndefined();
    expect(data?._entities).toEqual([
      { householdNo: mother.householdNo, welfareCase: { caseNo: 'C-0001' }, applications: [] },
      { householdNo: applicant.householdNo, welfareCase: null, applications: [{ applicationNo: 'A-0001', status: '調査中' }] },
      { householdNo: neighbour.householdNo, welfareCase: null, applications: [] },
    ]);
  });

  test('reads 6 persons in as many statements as 1', async () => {
    // Each single person reaches every loader its group reaches: case members, or applicants.
    const groups = [
      [mother, [mother, son, daughter, widow, husband, neighbour]],
      [applicant, [applicant, applicantWife, lateApplicant, neighbour, neighbourWife, applicant]],
    ] as const;
    for (const [one, six] of groups) {
      const forOne = await countStatements(() => records([one]));
      const forSix = await countStatements(() => records(six));
      expect(forOne).toBeGreaterThan(0);
      expect(forSix, one.givenName).toBe(forOne);
    }
  });
});
