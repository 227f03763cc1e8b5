import { identitySchema, INTERNAL_TOKEN_HEADER, sendJson, signInternalToken, type Caller, type Logger, type Route } from '@smart-casework/kit';
import { z } from 'zod';
import { signDevToken } from './auth';
import type { SubgraphFetcher } from './fetcher';

/** The change-detection batch's identity (CONTRACT.md): the gateway asks welfare as it. */
const SYSTEM_CALLER: Caller = {
  identity: { staffId: 'svc-watcher', name: '異動検知バッチ', role: 'service', division: 'system' },
  purpose: null,
  requestId: null,
  grant: 'all',
};

const STAFF_QUERY = 'query DevTokenStaff($r: [_Any!]!) { _entities(representations: $r) { ... on Staff { staffId name role division } } }';

const bodySchema = z.object({ userId: z.string().trim().min(1).max(64) });
const answerSchema = z.object({ data: z.object({ _entities: z.array(identitySchema.nullable()) }).nullable().optional() });

export interface DevTokenOptions {
  /** The welfare subgraph's GraphQL URL: it owns Staff. */
  welfareUrl: string;
  http: SubgraphFetcher;
  internalSecret: string;
  devJwtSecret: string;
  logger: Logger;
}

async function lookUpStaff(staffId: string, options: DevTokenOptions) {
  const token = await signInternalToken(SYSTEM_CALLER, options.internalSecret);
  const response = await options.http.fetcher(options.welfareUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [INTERNAL_TOKEN_HEADER]: token },
    body: JSON.stringify({ query: STAFF_QUERY, variables: { r: [{ __typename: 'Staff', staffId }] } }),
  });
  const parsed = answerSchema.safeParse(await response.json());
  if (!response.ok || !parsed.success || !parsed.data.data) throw new Error(`welfare answered HTTP ${response.status}`);
  return parsed.data.data._entities[0] ?? null;
}

/** `POST /auth/dev-token` (AUTH_MODE=dev only): a JWT for a staff member seeded in welfare. */
export function devTokenRoute(options: DevTokenOptions): Route {
  return async (_req, res, body) => {
    const input = bodySchema.safeParse(body);
    if (!input.success) return sendJson(res, 400, { error: 'userId を指定してください。 / Send {"userId": "..."}.' });
    let staff;
    try {
      staff = await lookUpStaff(input.data.userId, options);
    } catch (error) {
      options.logger.warn({ err: error }, 'dev token: welfare could not be read');
      return sendJson(res, 503, { error: '生活保護システムに接続できません。 / The welfare subgraph could not be read.' });
    }
    if (!staff) return sendJson(res, 404, { error: `職員 ${input.data.userId} は登録されていません。 / Unknown staff member ${input.data.userId}.` });
    sendJson(res, 200, { token: await signDevToken(staff, options.devJwtSecret) });
  };
}
