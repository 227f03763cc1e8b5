import { ApolloServer } from '@apollo/server';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import type { Caller, Grant, Identity } from '../identity';
import { TEST_IDENTITIES } from '../testing/subgraph';
import { DisclosureLog } from './disclosures';
import { enforceAccess, type AccessHooks, type RequestAccess } from './enforce';
import { grantSets } from './subjects';

const sdl = `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
  directive @access(roles: [String!]!, scope: AccessScope = CASELOAD) on FIELD_DEFINITION
  enum AccessScope { PUBLIC IDENTIFY CASELOAD OWN }
  type Query {
    person(atenaNo: ID!): Person @access(roles: ["caseworker", "supervisor", "tax"], scope: IDENTIFY)
    staffName: String! @access(roles: ["caseworker", "supervisor", "tax", "auditor"], scope: PUBLIC)
    mine: [Case!]! @access(roles: ["caseworker"], scope: OWN)
  }
  type Person @key(fields: "atenaNo") {
    atenaNo: ID!
    name: String! @access(roles: ["caseworker", "supervisor", "tax"], scope: IDENTIFY)
    income: Income @access(roles: ["caseworker", "supervisor", "tax"])
    care: String @access(roles: ["caseworker", "supervisor"], scope: CASELOAD)
  }
  type Income { amount: Int! year: Int! }
  type Case @key(fields: "caseNo") { caseNo: ID! owner: String @access(roles: ["caseworker"], scope: CASELOAD) }
`;

const people: Record<string, { atena_no: string; household_no: string; name: string }> = {
  '11': { atena_no: '11', household_no: 'H1', name: '甲' },
  '12': { atena_no: '12', household_no: 'H1', name: '乙' },
  '21': { atena_no: '21', household_no: 'H2', name: '丙' },
};

const resolvers = {
  Query: {
    person: (_: unknown, { atenaNo }: { atenaNo: string }) => people[atenaNo] ?? null,
    staffName: () => '職員',
    mine: () => [{ caseNo: 'C1', owner: 'cw001' }, { caseNo: 'C2', owner: 'cw002' }],
  },
  Person: { atenaNo: (p: { atena_no: string }) => p.atena_no, income: () => ({ amount: 100, year: 2025 }), care: () => '要介護1' },
};

type Ctx = { caller: Caller; access?: RequestAccess };

/** Welfare-style hook: a case is reached by its owner, whatever the grant. */
const hooks: AccessHooks<Ctx> = { reaches: (context, typeName, parent) => (typeName === 'Case' ? (parent as { owner: string }).owner === context.caller.identity.staffId || undefined : undefined) };

async function run(query: string, identity: Identity, purpose: string | null, grant: Grant) {
  const schema = buildSubgraphSchema([{ typeDefs: parse(sdl), resolvers }]);
  enforceAccess(schema, 'test', hooks);
  const server = new ApolloServer<Ctx>({ schema });
  // Apollo Server copies the context per operation: the access state is made here to be read after.
  const contextValue: Ctx = { caller: { identity, purpose, requestId: 'r', grant }, access: { log: new DisclosureLog('test'), grant: grantSets(grant) } };
  const response = await server.executeOperation({ query }, { contextValue });
  if (response.body.kind !== 'single') throw new Error('single result expected');
  const { data, errors } = response.body.singleResult;
  return { data, reasons: (errors ?? []).map((e) => `${String(e.path?.join('.'))}:${String(e.extensions?.reason)}`), disclosures: contextValue.access?.log.toJSON() ?? [] };
}

const cw = TEST_IDENTITIES.cw001;
const household1: Grant = { atenaNos: [], householdNos: ['H1'] };

describe('enforceAccess', () => {
  it('lets a caseworker read a person their grant reaches, and records what was disclosed', async () => {
    const { data, reasons, disclosures } = await run('{ person(atenaNo: "11") { name income { amount } care } }', cw, 'investigation', household1);
    expect(reasons).toEqual([]);
    expect(data).toEqual({ person: { name: '甲', income: { amount: 100 }, care: '要介護1' } });
    expect(disclosures).toContainEqual({ atenaNo: '11', householdNo: 'H1', department: 'test', fields: ['Person.care', 'Person.income', 'Person.name', 'income.amount'], outcome: 'allowed' });
  });

  it('refuses caseload fields outside the grant but still tells people apart (IDENTIFY)', async () => {
    const { data, reasons, disclosures } = await run('{ person(atenaNo: "21") { name income { amount } care } }', cw, 'investigation', household1);
    expect(data).toEqual({ person: { name: '丙', income: null, care: null } });
    expect(reasons.sort()).toEqual(['person.care:OUT_OF_CASELOAD', 'person.income:OUT_OF_CASELOAD']);
    expect(disclosures).toContainEqual({ atenaNo: '21', householdNo: 'H2', department: 'test', fields: ['Person.care', 'Person.income'], outcome: 'denied', code: 'FORBIDDEN', reason: 'OUT_OF_CASELOAD' });
  });

  it('reads a grant by person as well as by household', async () => {
    const { reasons } = await run('{ person(atenaNo: "21") { care } }', cw, 'visit-prep', { atenaNos: ['21'], householdNos: [] });
    expect(reasons).toEqual([]);
  });

  it('gives roles without a caseload every resident, but only the fields their role is named on', async () => {
    const { data, reasons } = await run('{ person(atenaNo: "21") { name income { amount } care } }', TEST_IDENTITIES.tax001, 'tax-assessment', 'all');
    expect(data).toEqual({ person: { name: '丙', income: { amount: 100 }, care: null } });
    expect(reasons).toEqual(['person.care:ROLE']);
  });

  it('refuses personal data without a purpose, or with one outside the role, but not PUBLIC fields', async () => {
    expect((await run('{ staffName person(atenaNo: "11") { name } }', cw, null, household1)).reasons).toEqual(['person:PURPOSE_REQUIRED']);
    expect((await run('{ person(atenaNo: "11") { name } }', cw, 'tax-assessment', household1)).reasons).toEqual(['person:PURPOSE_NOT_ALLOWED']);
    expect((await run('{ staffName }', cw, null, household1)).data).toEqual({ staffName: '職員' });
  });

  it('gives an auditor no personal data at all', async () => {
    const { data, reasons } = await run('{ staffName person(atenaNo: "11") { name } }', TEST_IDENTITIES.au001, 'audit', 'all');
    expect(data).toEqual({ staffName: '職員', person: null });
    expect(reasons).toEqual(['person:ROLE']);
  });

  it('refuses a role whose division does not match (a forged claim)', async () => {
    const forged = { ...cw, division: 'tax' };
    expect((await run('{ person(atenaNo: "11") { name } }', forged, 'investigation', household1)).reasons).toEqual(['person:ROLE']);
  });

  it('lets the department answer for its own rows (OWN lists, CASELOAD by the hook)', async () => {
    const { data, reasons } = await run('{ mine { caseNo owner } }', cw, 'case-review', { atenaNos: [], householdNos: [] });
    expect(data).toEqual({ mine: [{ caseNo: 'C1', owner: 'cw001' }, { caseNo: 'C2', owner: null }] });
    expect(reasons).toEqual(['mine.1.owner:OUT_OF_CASELOAD']);
  });

  it('records what each request asked of an object field: the same document again, or another one, on one server', async () => {
    const schema = buildSubgraphSchema([{ typeDefs: parse(sdl), resolvers }]);
    enforceAccess(schema, 'test', hooks);
    const server = new ApolloServer<Ctx>({ schema });
    const incomeFields = async (query: string) => {
      const contextValue: Ctx = { caller: { identity: cw, purpose: 'investigation', requestId: 'r', grant: household1 }, access: { log: new DisclosureLog('test'), grant: grantSets(household1) } };
      await server.executeOperation({ query }, { contextValue });
      return contextValue.access?.log.toJSON().find((line) => line.fields.includes('Person.income'))?.fields;
    };
    const amount = '{ person(atenaNo: "11") { income { amount } } }';
    expect(await incomeFields(amount)).toEqual(['Person.income', 'income.amount']);
    expect(await incomeFields(amount)).toEqual(['Person.income', 'income.amount']);
    expect(await incomeFields('{ person(atenaNo: "11") { income { amount year } } }')).toEqual(['Person.income', 'income.amount', 'income.year']);
    expect(await incomeFields('{ person(atenaNo: "11") { ...P } } fragment P on Person { income { year } }')).toEqual(['Person.income', 'income.year']);
  });
});
