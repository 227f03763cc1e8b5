import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type Stack } from '../stack';
import { alone, baby, child, e2eCity, elder, family, grandfather, mother, neighbour, single } from './city';
import { ask, healthz, householdSectionsQuery, SECTION_FIELDS, sectionDepartments } from './client';

type Member = Record<string, unknown> & { atenaNo: string };
type Section = { source: string; hasRecord: boolean; asOf: string; findings: unknown[] } | null;

/**
 * What each department should say about the city's persons. The mother and her son were on 国保
 * until assistance began (a closed record); the baby was born into assistance (医療扶助 only).
 */
const EXPECTED: Record<string, Record<string, boolean>> = {
  [mother.atenaNo]: { tax: true, insurance: true, pension: true, child: true, care: false, disability: false, welfare: true },
  [grandfather.atenaNo]: { tax: true, insurance: true, pension: true, child: false, care: true, disability: true, welfare: true },
  [child.atenaNo]: { tax: false, insurance: true, pension: false, child: true, care: false, disability: false, welfare: true },
  [baby.atenaNo]: { tax: false, insurance: false, pension: false, child: true, care: false, disability: false, welfare: true },
  [elder.atenaNo]: { tax: true, insurance: true, pension: true, child: false, care: true, disability: true, welfare: true },
  [neighbour.atenaNo]: { tax: true, insurance: false, pension: true, child: false, care: false, disability: false, welfare: false },
};

describe('the gateway over every department', () => {
  let stack: Stack;
  let cw001: string;
  let departments: string[];

  beforeAll(async () => {
    stack = await startStack({ city: e2eCity() });
    departments = sectionDepartments(stack.departments.keys());
    if (stack.departments.has('welfare')) cw001 = await stack.token('cw001');
  });
  afterAll(() => stack?.stop());

  it('refuses anonymous requests and forged tokens', async () => {
    const anonymous = await ask(stack.gatewayUrl, '{ __typename }');
    expect(anonymous.status).toBe(401);
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const forged = await ask(stack.gatewayUrl, '{ __typename }', { token: `${cw001.slice(0, -4)}AAAA` });
    expect(forged.status).toBe(401);
  });

  it('issues a dev token for cw001, and `me` is cw001', async () => {
    const { data, errors } = await ask(stack.gatewayUrl, '{ me { staffId name role division } }', { token: cw001 });
    expect(errors).toBeUndefined();
    expect(data).toEqual({ me: { staffId: 'cw001', name: '試験　一郎', role: 'caseworker', division: 'welfare' } });
  });

  it('every subgraph refuses a request that did not come through the gateway', async () => {
    for (const [name, department] of stack.departments) {
      const answer = await ask(department.url, '{ _service { sdl } }', { token: cw001 });
      expect(answer.status, name).toBe(401);
      expect(answer.data, name).toBeUndefined();
      expect(answer.errors?.[0]?.extensions?.code, name).toBe('UNAUTHENTICATED');
    }
  });

  it('reports every department up', async () => {
    const health = await healthz(stack.gatewayUrl);
    expect(health.status).toBe('ok');
    expect(Object.keys(health.subgraphs).sort()).toEqual([...stack.departments.keys()].sort());
    expect(new Set(Object.values(health.subgraphs))).toEqual(new Set(['up']));
  });

  it('one query gives every section of every member: never null, hasRecord as the records say', async () => {
    expect(departments, 'all seven departmental sections').toEqual(Object.keys(SECTION_FIELDS));
    // The supervisor reaches both cases of the team; the change watcher (a service) every household.
    const sv001 = await stack.token('sv001');
    const watcher = await stack.token('svc-watcher');
    const readers = [[family, sv001, 'investigation'], [alone, sv001, 'case-review'], [single, watcher, 'notice-handling']] as const;
    for (const [household, token, purpose] of readers) {
      const { data, errors } = await ask(stack.gatewayUrl, householdSectionsQuery(departments), { token, purpose, variables: { householdNo: household.householdNo } });
      expect(errors).toBeUndefined();
      const members = (data?.household as { members: Member[] }).members;
      expect(members.map((m) => m.atenaNo)).toEqual(household.memberAtenaNos);
      for (const member of members) {
        for (const name of departments) {
          const section = member[SECTION_FIELDS[name] ?? ''] as Section;
          expect(section, `${name} of ${member.atenaNo}`).toMatchObject({ source: name, hasRecord: expect.any(Boolean), asOf: expect.any(String), findings: expect.any(Array) });
          const expected = EXPECTED[member.atenaNo]?.[name];
          expect(expected, `expectation for ${name} of ${member.name as string}`).toBeTypeOf('boolean');
          expect(section?.hasRecord, `${name}.hasRecord of ${member.name as string}`).toBe(expected);
        }
      }
    }
  });

  it('rejects a malformed atenaNo as BAD_USER_INPUT with an English message', async () => {
    const wrongDigit = `${neighbour.atenaNo.slice(0, -1)}${(Number(neighbour.atenaNo.at(-1)) + 1) % 10}`;
    for (const atenaNo of ['12ab', wrongDigit]) {
      const { data, errors } = await ask(stack.gatewayUrl, 'query($a: ID!) { resident(atenaNo: $a) { name } }', { token: cw001, purpose: 'investigation', variables: { a: atenaNo } });
      expect(data).toEqual({ resident: null });
      expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', messageEn: expect.any(String) });
      expect(errors?.[0]?.message).toMatch(/[ぁ-んァ-ン一-龥]/);
    }
  });
});
