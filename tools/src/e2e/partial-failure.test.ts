import { startGateway } from '@smart-casework/gateway';
import { composeSupergraph } from '@smart-casework/gateway/compose';
import { startSilentServer } from '@smart-casework/gateway/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type Stack } from '../stack';
import { e2eCity, family } from './city';
import { ask, healthz, householdSectionsQuery, SECTION_FIELDS, sectionDepartments, type Answer } from './client';

/** A department down or hung blanks its own sections only and is named (CONTRACT.md, Errors). */
describe('partial answers when a department cannot be read', () => {
  let stack: Stack;
  let token: string;
  let departments: string[];

  beforeAll(async () => {
    stack = await startStack({ city: e2eCity() });
    token = await stack.token('cw001');
    departments = sectionDepartments(stack.departments.keys());
  });
  afterAll(() => stack?.stop());

  const lookUp = (gatewayUrl: string) => ask(gatewayUrl, householdSectionsQuery(departments), { token, purpose: 'investigation', variables: { householdNo: family.householdNo } });

  function expectOnlyMissing(answer: Answer, missing: string, reason: RegExp) {
    const members = (answer.data?.household as { members: Record<string, unknown>[] }).members;
    expect(members).toHaveLength(4);
    for (const member of members) {
      for (const name of departments) {
        const section = member[SECTION_FIELDS[name] ?? ''];
        if (name === missing) expect(section, name).toBeNull();
        else expect(section, name).toMatchObject({ source: name, hasRecord: expect.any(Boolean) });
      }
    }
    expect(answer.errors?.length).toBeGreaterThan(0);
    for (const error of answer.errors ?? []) {
      expect(error.extensions).toMatchObject({ code: 'DEPARTMENT_UNAVAILABLE', department: missing });
      expect(error.extensions?.messageEn).toMatch(reason);
    }
  }

  it('a department that does not answer times out into DEPARTMENT_UNAVAILABLE', async () => {
    const hung = departments[0] ?? 'residents';
    const silent = await startSilentServer();
    const urls = Object.fromEntries([...stack.departments].map(([name, d]) => [name, name === hung ? silent.url : d.url]));
    const gateway = await startGateway({ port: 0, supergraphSdl: composeSupergraph([...stack.departments.keys()]).supergraphSdl, urls, config: { SUBGRAPH_TIMEOUT_MS: 500 } });
    try {
      expectOnlyMissing(await lookUp(gateway.url), hung, /no answer within 500 ms/);
    } finally {
      await gateway.stop();
      await silent.stop();
    }
  });

  it('a stopped department: every other section present, it is named, and /healthz says "down"', async () => {
    const stopped = departments.at(-1) ?? 'residents';
    // The gateway keeps cw001's last known caseload while welfare (which knows it) is down.
    await lookUp(stack.gatewayUrl);
    await stack.departments.get(stopped)?.stop();
    const answer = await lookUp(stack.gatewayUrl);
    expect(answer.status).toBe(200);
    expectOnlyMissing(answer, stopped, /unreachable/);
    const health = await healthz(stack.gatewayUrl);
    expect(health.status).toBe('degraded');
    expect(health.subgraphs[stopped]).toBe('down');
    expect(Object.entries(health.subgraphs).filter(([, s]) => s === 'down').map(([n]) => n)).toEqual([stopped]);
  });
});
