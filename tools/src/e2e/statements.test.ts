import { countQueries } from '@smart-casework/kit';
import { testDatabases } from '@smart-casework/kit/testing';
import { composeSupergraph } from '@smart-casework/gateway/compose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { investigationQuery } from '../bench/investigation-query';
import { startStack, type Stack } from '../stack';
import { alone, e2eCity, family } from './city';
import { ask } from './client';

const databases = await testDatabases();

/** The household lookup batches per table: a household of four costs the SQL of a household of one. */
describe.each(databases)('SQL statements per investigation list on $dialect', (database) => {
  let stack: Stack;
  let token: string;
  let query: string;

  beforeAll(async () => {
    if (database.skipReason) return;
    stack = await startStack({ city: e2eCity(), databases: database.dialect === 'sqlite' ? 'sqlite-memory' : () => database.create() });
    token = await stack.token('sv001');
    query = investigationQuery(composeSupergraph([...stack.departments.keys()]).apiSdl);
  });
  afterAll(() => stack?.stop());

  async function statementsFor(householdNo: string): Promise<Record<string, number>> {
    const counters = [...stack.departments].map(([name, d]) => [name, countQueries(d.db)] as const);
    try {
      const { errors, data } = await ask(stack.gatewayUrl, query, { token, purpose: 'investigation', variables: { householdNo } });
      expect(errors).toBeUndefined();
      expect(data?.household).not.toBeNull();
      return Object.fromEntries(counters.map(([name, counter]) => [name, counter.count]));
    } finally {
      for (const [, counter] of counters) counter.stop();
    }
  }

  it.skipIf(database.skipReason)('runs the same statements in every department for 1 and 4 members', async () => {
    await statementsFor(family.householdNo);
    const one = await statementsFor(alone.householdNo);
    const four = await statementsFor(family.householdNo);
    expect(alone.memberAtenaNos).toHaveLength(1);
    expect(family.memberAtenaNos).toHaveLength(4);
    expect(four).toEqual(one);
    expect(Object.values(one).reduce((a, b) => a + b, 0)).toBeGreaterThan(stack.departments.size);
  });
});
