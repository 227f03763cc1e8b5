import { composeSupergraph } from '@smart-casework/gateway/compose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { investigationQuery } from '../bench/investigation-query';
import { startStack, type Stack } from '../stack';
import { ask, SECTION_FIELDS } from './client';

/** The investigation list over the generated city: a caseworker's cases read without an error. */
describe('investigation lists of the generated city', () => {
  let stack: Stack;
  let token: string;

  beforeAll(async () => {
    stack = await startStack();
    token = await stack.token('cw001');
  });
  afterAll(() => stack?.stop());

  it("gives every section of every member of cw001's cases", async () => {
    const caseload = await ask(stack.gatewayUrl, '{ myCaseload { caseNo household { householdNo } } }', { token });
    expect(caseload.errors).toBeUndefined();
    const cases = caseload.data?.myCaseload as { household: { householdNo: string } }[];
    expect(cases.length).toBeGreaterThanOrEqual(6);
    const query = investigationQuery(composeSupergraph([...stack.departments.keys()]).apiSdl);
    for (const { household } of cases.slice(0, 10)) {
      const { data, errors } = await ask(stack.gatewayUrl, query, { token, purpose: 'investigation', variables: { householdNo: household.householdNo } });
      expect(errors, household.householdNo).toBeUndefined();
      for (const member of (data?.household as { members: Record<string, unknown>[] }).members) {
        for (const [name, field] of Object.entries(SECTION_FIELDS)) expect(member[field], `${name} of ${String(member.atenaNo)}`).toMatchObject({ source: name });
      }
    }
  });
});
