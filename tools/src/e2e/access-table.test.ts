import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type Stack } from '../stack';
import { alone, e2eCity, elder, family, mother } from './city';
import { auditEntriesOf, PROPER_PURPOSE, send, type ProbeContext, type StaffId } from './probes/kit';

/**
 * Who may read which field, as a table written out by hand (issue 5): rows are fields, columns
 * are callers, each cell what the gateway answers when the caller asks for that field alone
 * with their role's own purpose. Written out rather than derived from the SDL's @access, so a
 * policy that drifts fails here.
 *
 *   ok     the field is answered
 *   ROLE   FORBIDDEN: the caller's role and division may not read it
 *   OOC    FORBIDDEN: OUT_OF_CASELOAD, the household is not in the caller's cases or applications
 *   NF     NOT_FOUND: the policy lets the caller through, the id names nothing
 */
type Cell = 'ok' | 'ROLE' | 'OOC' | 'NF';

interface Column {
  label: string;
  staffId: StaffId;
  /** The person and household the column's caller asks about, and the case number. */
  atenaNo: string;
  householdNo: string;
  caseNo: string;
  kana: string;
}

const COLUMNS: Column[] = [
  { label: 'cw001 own case', staffId: 'cw001', atenaNo: mother.atenaNo, householdNo: family.householdNo, caseNo: '2025-0001', kana: 'ヨナゴ' },
  { label: "cw001 cw002's case", staffId: 'cw001', atenaNo: elder.atenaNo, householdNo: alone.householdNo, caseNo: '2025-0002', kana: 'カイケ' },
  { label: "sv001 team's case", staffId: 'sv001', atenaNo: elder.atenaNo, householdNo: alone.householdNo, caseNo: '2025-0002', kana: 'カイケ' },
  { label: 'tax001', staffId: 'tax001', atenaNo: mother.atenaNo, householdNo: family.householdNo, caseNo: '2025-0001', kana: 'ヨナゴ' },
  { label: 'au001', staffId: 'au001', atenaNo: mother.atenaNo, householdNo: family.householdNo, caseNo: '2025-0001', kana: 'ヨナゴ' },
  { label: 'svc-watcher', staffId: 'svc-watcher', atenaNo: mother.atenaNo, householdNo: family.householdNo, caseNo: '2025-0001', kana: 'ヨナゴ' },
];

const person = (c: Column, selection: string) => `{ resident(atenaNo: "${c.atenaNo}") { ${selection} } }`;

/** field → [query for a column, cells in COLUMNS order] */
const TABLE: [string, (c: Column) => string, Cell[]][] = [
  //                                                                             cw001 own | cw001 other | sv001 team | tax001 | au001 | svc-watcher
  ['Resident.name', (c) => person(c, 'name'), ['ok', 'ok', 'ok', 'ok', 'ROLE', 'ok']],
  ['Resident.nameKana', (c) => person(c, 'nameKana'), ['ok', 'ok', 'ok', 'ok', 'ROLE', 'ok']],
  ['Resident.birthDate', (c) => person(c, 'birthDate'), ['ok', 'ok', 'ok', 'ok', 'ROLE', 'ok']],
  ['Resident.address', (c) => person(c, 'address'), ['ok', 'ok', 'ok', 'ok', 'ROLE', 'ok']],
  ['Resident.status', (c) => person(c, 'status'), ['ok', 'ok', 'ok', 'ok', 'ROLE', 'ok']],
  ['Resident.relationship', (c) => person(c, 'relationship'), ['ok', 'OOC', 'ok', 'ok', 'ROLE', 'ok']],
  ['Resident.householdNo', (c) => person(c, 'householdNo'), ['ok', 'OOC', 'ok', 'ok', 'ROLE', 'ok']],
  ['Resident.household', (c) => person(c, 'household { householdNo }'), ['ok', 'OOC', 'ok', 'ok', 'ROLE', 'ok']],
  ['Resident.changes', (c) => person(c, 'changes { reason changeDate }'), ['ok', 'OOC', 'ok', 'ok', 'ROLE', 'ok']],
  ['Household.members', (c) => `{ household(householdNo: "${c.householdNo}") { members { atenaNo } } }`, ['ok', 'OOC', 'ok', 'ok', 'ROLE', 'ok']],
  ['Resident.tax', (c) => person(c, 'tax { hasRecord }'), ['ok', 'OOC', 'ok', 'ok', 'ROLE', 'ok']],
  ['Resident.healthInsurance', (c) => person(c, 'healthInsurance { hasRecord }'), ['ok', 'OOC', 'ok', 'ROLE', 'ROLE', 'ok']],
  ['Resident.pension', (c) => person(c, 'pension { hasRecord }'), ['ok', 'OOC', 'ok', 'ROLE', 'ROLE', 'ok']],
  ['Resident.childBenefits', (c) => person(c, 'childBenefits { hasRecord }'), ['ok', 'OOC', 'ok', 'ROLE', 'ROLE', 'ok']],
  ['Resident.longTermCare', (c) => person(c, 'longTermCare { hasRecord }'), ['ok', 'OOC', 'ok', 'ROLE', 'ROLE', 'ok']],
  ['Resident.disability', (c) => person(c, 'disability { hasRecord }'), ['ok', 'OOC', 'ok', 'ROLE', 'ROLE', 'ok']],
  ['Resident.welfare', (c) => person(c, 'welfare { hasRecord }'), ['ok', 'OOC', 'ok', 'ROLE', 'ROLE', 'ok']],
  ['WelfareCase.monthlyBenefit', (c) => `{ welfareCase(caseNo: "${c.caseNo}") { monthlyBenefit } }`, ['ok', 'OOC', 'ok', 'ROLE', 'ROLE', 'ok']],
  ['Query.myCaseload', () => '{ myCaseload { caseNo } }', ['ok', 'ok', 'ok', 'ROLE', 'ROLE', 'ROLE']],
  ['Query.notices', () => '{ notices { totalCount } }', ['ok', 'ok', 'ok', 'ROLE', 'ROLE', 'ok']],
  ['Query.searchResidents', (c) => `{ searchResidents(query: "${c.kana}") { atenaNo } }`, ['ok', 'ok', 'ok', 'ok', 'ROLE', 'ok']],
  ['Query.auditLog', () => '{ auditLog(first: 1) { pageInfo { hasNextPage } } }', ['ROLE', 'ROLE', 'ROLE', 'ROLE', 'ok', 'ROLE']],
  ['Query.disclosureReport', (c) => `{ disclosureReport(atenaNo: "${c.atenaNo}") { accessCount } }`, ['ROLE', 'ROLE', 'ROLE', 'ROLE', 'ok', 'ROLE']],
  ['Mutation.acknowledgeNotice', () => 'mutation { acknowledgeNotice(id: "no-such-notice") { id } }', ['NF', 'NF', 'NF', 'ROLE', 'ROLE', 'ROLE']],
];

const REASON: Partial<Record<Cell, string>> = { ROLE: 'ROLE', OOC: 'OUT_OF_CASELOAD' };

describe('role × field: who may read what', () => {
  let stack: Stack;
  let context: ProbeContext;

  beforeAll(async () => {
    stack = await startStack({ city: e2eCity(), audit: 'shared' });
    const tokens = new Map(await Promise.all(COLUMNS.map(async (c) => [c.staffId, await stack.token(c.staffId)] as const)));
    context = { gatewayUrl: stack.gatewayUrl, productionUrl: '', subgraphUrl: () => '', devToken: (id) => tokens.get(id) ?? '', idpToken: async () => '', internalSecret: '' };
  });
  afterAll(() => stack?.stop());

  it('has a cell for every column in every row', () => {
    for (const [field, , cells] of TABLE) expect(cells, field).toHaveLength(COLUMNS.length);
  });

  const cases = TABLE.flatMap(([field, query, cells]) => COLUMNS.map((column, i) => [field, column.label, cells[i] as Cell, query(column), column] as const));

  it.each(cases)('%s, %s: %s', async (field, label, cell, query, column) => {
    const userAgent = `sc-access-table/${field}/${label}`;
    const answer = await send({ as: column.staffId, purpose: PROPER_PURPOSE[column.staffId], query }, context, userAgent);
    const errors = answer.json?.errors ?? [];
    expect(answer.status, answer.text.slice(0, 300)).toBe(200);
    if (cell === 'ok') {
      expect(errors, answer.text.slice(0, 300)).toEqual([]);
      expect(JSON.stringify(answer.json?.data), 'the field is answered').not.toMatch(/null/);
      return;
    }
    const refusal = errors.find((e) => e.extensions?.code === (cell === 'NF' ? 'NOT_FOUND' : 'FORBIDDEN'));
    expect(refusal, answer.text.slice(0, 300)).toBeDefined();
    if (REASON[cell]) expect(refusal?.extensions?.reason).toBe(REASON[cell]);
    expect(JSON.stringify(answer.json?.data ?? null), 'nothing of the field is answered').not.toMatch(/"(name|nameKana|birthDate|address|relationship|hasRecord|monthlyBenefit|caseNo|totalCount|accessCount|atenaNo|changes)":[^n]/);
    // Every refusal is audited as denied, with the reason.
    const entries = await auditEntriesOf(stack.audit!.db, userAgent);
    expect(entries.map((e) => [e.outcome, e.code, e.staff_id])).toContainEqual(['denied', cell === 'NF' ? 'NOT_FOUND' : 'FORBIDDEN', column.staffId]);
    if (REASON[cell]) expect(entries.map((e) => e.reason)).toContain(REASON[cell]);
  });
});
