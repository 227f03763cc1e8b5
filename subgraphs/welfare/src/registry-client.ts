import { DEPARTMENTS, departmentUnavailable, departmentUrl, DEV_INTERNAL_SECRET, INTERNAL_TOKEN_HEADER, loadConfig, signInternalToken, type Caller } from '@smart-casework/kit';
import { z } from 'zod';

/** A person as the resident registry (住民記録) has them now: what an application is registered from. */
export interface RegistryPerson {
  atenaNo: string;
  householdNo: string;
  /** 住民 / 転出 / 死亡 */
  status: string;
  /** The household's current members (世帯員, status 住民) in the registry's order. */
  memberAtenaNos: string[];
}

/** Welfare's view of the registry: one person at a time, when an application is registered. */
export interface RegistryClient {
  /** The person by 宛名番号 (already validated), or null when the registry has no such person. */
  person(atenaNo: string, requestId?: string | null): Promise<RegistryPerson | null>;
}

/**
 * Who welfare is when it reads the registry itself. The caller's own grant could not cover the
 * applicant: registering the application is what brings the household into their reach.
 */
export const WELFARE_SERVICE: Omit<Caller, 'requestId'> = {
  identity: { staffId: 'svc-welfare', name: '生活保護システム', role: 'service', division: 'system' },
  // Which household an application opens is an access decision, not yet an investigation.
  purpose: 'access-control',
  grant: 'all',
};

const TIMEOUT_MS = 5000;

function residentsUrl(): string {
  const entry = DEPARTMENTS.find((d) => d.name === 'residents');
  if (!entry) throw new Error('residents is missing from the department registry (kit departments.ts)');
  return departmentUrl(entry);
}

const QUERY = `query RegistryPerson($atenaNo: ID!) {
  resident(atenaNo: $atenaNo) { householdNo status household { members { atenaNo } } }
}`;

const answerSchema = z.object({
  data: z.object({
    resident: z.object({ householdNo: z.string(), status: z.string(), household: z.object({ members: z.array(z.object({ atenaNo: z.string() })) }) }).nullable(),
  }).nullable().optional(),
  errors: z.array(z.object({ message: z.string() })).optional(),
});

export interface RegistryClientOptions {
  /** The residents subgraph's URL; by default the department registry's (`RESIDENTS_URL`), read at each call. */
  url?: () => string;
  /** The secret the subgraphs verify internal tokens with; by default `INTERNAL_TOKEN_SECRET`. */
  secret?: () => string;
  fetch?: typeof fetch;
}

const secretFromEnv = () => loadConfig({ INTERNAL_TOKEN_SECRET: z.string().min(32).default(DEV_INTERNAL_SECRET) }).INTERNAL_TOKEN_SECRET;

async function post(url: string, token: string, atenaNo: string, fetcher: typeof fetch): Promise<unknown> {
  try {
    const response = await fetcher(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [INTERNAL_TOKEN_HEADER]: token },
      body: JSON.stringify({ query: QUERY, variables: { atenaNo } }),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    return await response.json();
  } catch {
    throw departmentUnavailable('residents', '住民記録に接続できませんでした');
  }
}

/** The registry read directly from the residents subgraph, signed as `svc-welfare`. */
export function residentsRegistry(options: RegistryClientOptions = {}): RegistryClient {
  const url = options.url ?? residentsUrl;
  let secret: string | undefined;
  return {
    async person(atenaNo, requestId = null) {
      secret ??= (options.secret ?? secretFromEnv)();
      const token = await signInternalToken({ ...WELFARE_SERVICE, requestId }, secret);
      const answer = answerSchema.safeParse(await post(url(), token, atenaNo, options.fetch ?? fetch));
      if (!answer.success) throw departmentUnavailable('residents', '住民記録の応答を読めませんでした');
      const { data, errors } = answer.data;
      if (errors?.length || !data) throw departmentUnavailable('residents', errors?.[0]?.message ?? '住民記録が応答しませんでした');
      const found = data.resident;
      return found ? { atenaNo, householdNo: found.householdNo, status: found.status, memberAtenaNos: found.household.members.map((m) => m.atenaNo) } : null;
    },
  };
}
