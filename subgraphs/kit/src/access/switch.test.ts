import { parse } from 'graphql';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Caller } from '../identity';
import { createSubgraphServer, startDepartment, type Department, type SubgraphContext } from '../server';
import { TEST_IDENTITIES } from '../testing/subgraph';
import { accessControlProblem } from './switch';

const department: Department<null> = {
  name: 'residents',
  label: '住民記録',
  defaultPort: 0,
  typeDefs: parse(`
    directive @access(roles: [String!]!, scope: AccessScope = CASELOAD) on FIELD_DEFINITION
    enum AccessScope { PUBLIC IDENTIFY CASELOAD OWN }
    type Query { person(atenaNo: ID!): Person @access(roles: ["caseworker"], scope: IDENTIFY) }
    type Person { atenaNo: ID! care: String @access(roles: ["caseworker"], scope: CASELOAD) }`),
  resolvers: { Query: { person: (_: unknown, { atenaNo }: { atenaNo: string }) => ({ atenaNo, care: '要介護1' }) } },
  migrations: [],
  createLoaders: () => null,
};

describe('ACCESS_CONTROL=off is refused wherever it could be production', () => {
  afterEach(() => vi.unstubAllEnvs());

  it.each([
    [{}, 'off', false],
    [{ NODE_ENV: 'test' }, 'off', false],
    [{ NODE_ENV: 'production' }, 'off', true],
    [{ AUTH_MODE: 'oidc' }, 'off', true],
    [{ NODE_ENV: 'production', AUTH_MODE: 'oidc' }, 'on', false],
  ] as const)('%o with %s: refused %s', (env, value, refused) => {
    const problem = accessControlProblem(env, value);
    expect(problem !== null).toBe(refused);
    if (problem) expect(problem).toMatch(/^ACCESS_CONTROL: /);
  });

  it('a subgraph does not start with it in production, naming the variable; a bad value is named too', async () => {
    const options = { port: 0, db: { client: 'better-sqlite3' as const, url: ':memory:' }, internalSecret: 'x'.repeat(40) };
    vi.stubEnv('ACCESS_CONTROL', 'off');
    vi.stubEnv('AUTH_MODE', 'oidc');
    await expect(startDepartment(department, options)).rejects.toThrow(/ACCESS_CONTROL: off .* refused when NODE_ENV=production or AUTH_MODE is not dev/);
    vi.stubEnv('AUTH_MODE', 'dev');
    vi.stubEnv('ACCESS_CONTROL', 'maybe');
    await expect(startDepartment(department, options)).rejects.toThrow(/ACCESS_CONTROL/);
  });
});

describe('ACCESS_CONTROL=off leaves the resolvers unguarded (the benchmark baseline)', () => {
  // A caseworker with no purpose and no grant: everything is refused unless the checks are off.
  const caller: Caller = { identity: TEST_IDENTITIES.cw001, purpose: null, requestId: 'test', grant: { atenaNos: [], householdNos: [] } };

  async function ask(accessControl: 'on' | 'off') {
    const server = createSubgraphServer(department, { accessControl });
    await server.start();
    try {
      const contextValue = { caller, db: undefined, loaders: null, logger: undefined } as unknown as SubgraphContext<null>;
      const response = await server.executeOperation({ query: '{ person(atenaNo: "11") { atenaNo care } }' }, { contextValue });
      if (response.body.kind !== 'single') throw new Error('expected a single result');
      return response.body.singleResult;
    } finally {
      await server.stop();
    }
  }

  it('on: refused (and the refusal reported for the audit trail)', async () => {
    const result = await ask('on');
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'PURPOSE_REQUIRED' });
    expect(result.extensions?.disclosures).toBeDefined();
  });

  it('off: answered, and no disclosures are reported', async () => {
    const result = await ask('off');
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ person: { atenaNo: '11', care: '要介護1' } });
    expect(result.extensions?.disclosures).toBeUndefined();
  });
});
