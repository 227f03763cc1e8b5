import { CITY_DEPARTMENTS, DEV_INTERNAL_SECRET, INTERNAL_TOKEN_HEADER, signInternalToken, type DepartmentEntry } from '@smart-casework/kit';
import { sectionSelection } from './investigation-query';
import { runLoad, type LoadStats } from './load';

export interface Member {
  atenaNo: string;
  birthDate: string;
}

/** One department's own share: its `_entities` call for a household's members, straight to its port. */
export interface DepartmentTiming {
  department: string;
  stats: LoadStats;
}

/**
 * Times each subgraph on its own with the request the gateway sends it (residents: the household
 * and its members; the others: `_entities` for the members' section), at concurrency 1, so the
 * report can say how much of the gateway's latency is the departments' and how much its own.
 */
export async function timeDepartments(options: { apiSdl: string; urlOf: (entry: DepartmentEntry) => string; households: { householdNo: string; members: Member[] }[]; requests: number }): Promise<DepartmentTiming[]> {
  const token = await signInternalToken({ identity: { staffId: 'sv001', name: 'bench', role: 'supervisor', division: 'welfare' }, purpose: 'investigation', requestId: 'bench', grant: 'all' }, process.env.INTERNAL_TOKEN_SECRET ?? DEV_INTERNAL_SECRET, 3600);
  const timings: DepartmentTiming[] = [];
  for (const entry of CITY_DEPARTMENTS) {
    const query = entry.section
      ? `query Sections($r: [_Any!]!) { _entities(representations: $r) { ... on Resident { ${sectionSelection(options.apiSdl, entry.section)} } } }`
      : 'query Household($h: ID!) { household(householdNo: $h) { householdNo address head { atenaNo } members { atenaNo name nameKana birthDate sex address postalCode householdNo relationship status residentSince addressSince previousAddress } } }';
    const call = async (i: number) => {
      const household = options.households[i % options.households.length];
      if (!household) throw new Error('no households');
      const variables = entry.section ? { r: household.members.map((m) => ({ __typename: 'Resident', ...m })) } : { h: household.householdNo };
      const response = await fetch(options.urlOf(entry), { method: 'POST', headers: { 'content-type': 'application/json', [INTERNAL_TOKEN_HEADER]: token }, body: JSON.stringify({ query, variables }) });
      const body = (await response.json()) as { errors?: unknown[] };
      if (body.errors) throw new Error(`${entry.name} answered with errors: ${JSON.stringify(body.errors).slice(0, 300)}`);
    };
    await runLoad(call, { concurrency: 1, requests: 30 });
    timings.push({ department: entry.name, stats: await runLoad(call, { concurrency: 1, requests: options.requests }) });
  }
  return timings;
}
