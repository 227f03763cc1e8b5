import { INTERNAL_TOKEN_HEADER, signInternalToken, type Caller } from '@smart-casework/kit';
import { z } from 'zod';
import type { SubgraphFetcher } from '../fetcher';
import type { NoticeEvent } from './bus';

/** The relay's identity: a service role, so welfare lists every notice (CONTRACT.md visibility). */
export const RELAY_CALLER: Caller = {
  identity: { staffId: 'svc-gateway', name: 'gateway', role: 'service', division: 'system' },
  purpose: 'notice-handling',
  requestId: null,
  grant: 'all',
};

/** Largest page welfare serves (`notices(first:)` ≤ 200). */
export const PAGE_SIZE = 200;

const PAGE_QUERY = `query NoticeRelayPage($cursor: String, $first: Int!) {
  notices(after: $cursor, first: $first, orderBy: ARRIVAL) {
    nodes { id cursor assignedTo { staffId } supervisor { staffId } }
    pageInfo { endCursor hasNextPage }
  }
}`;

const staffRef = z.object({ staffId: z.string() }).nullable();
const answerSchema = z.object({
  data: z.object({
    notices: z.object({
      nodes: z.array(z.object({ id: z.string(), cursor: z.string(), assignedTo: staffRef, supervisor: staffRef })),
      pageInfo: z.object({ endCursor: z.string().nullable(), hasNextPage: z.boolean() }),
    }),
  }).nullable().optional(),
  errors: z.array(z.object({ message: z.string() })).optional(),
});

/** One page of notices in arrival order, after a cursor. */
export interface NoticePage {
  events: NoticeEvent[];
  /** Null when the page is empty: the caller keeps its cursor. */
  endCursor: string | null;
  hasNextPage: boolean;
}

/** Where the relay reads notices from (welfare; a fake in tests). */
export interface NoticeSource {
  page(after: string | null): Promise<NoticePage>;
}

export interface WelfareNoticeSourceOptions {
  /** The welfare subgraph's GraphQL URL. */
  url: string;
  http: Pick<SubgraphFetcher, 'fetcher'>;
  internalSecret: string;
}

/**
 * Asks welfare directly, not through the gateway's query planner: the relay needs only welfare's
 * own fields, and a direct call keeps it independent of the other departments' health.
 */
export function welfareNoticeSource(options: WelfareNoticeSourceOptions): NoticeSource {
  return {
    async page(after) {
      const token = await signInternalToken(RELAY_CALLER, options.internalSecret);
      const response = await options.http.fetcher(options.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [INTERNAL_TOKEN_HEADER]: token, 'x-purpose': 'notice-handling' },
        body: JSON.stringify({ query: PAGE_QUERY, variables: { cursor: after, first: PAGE_SIZE } }),
      });
      const parsed = answerSchema.safeParse(await response.json().catch(() => null));
      if (!parsed.success) throw new Error(`welfare answered HTTP ${response.status} with an unexpected body`);
      const notices = parsed.data.data?.notices;
      if (!notices) throw new Error(`welfare answered HTTP ${response.status}: ${parsed.data.errors?.map((e) => e.message).join('; ') ?? 'no data'}`);
      return {
        events: notices.nodes.map((n) => ({ id: n.id, cursor: n.cursor, assignedTo: n.assignedTo?.staffId ?? null, supervisorId: n.supervisor?.staffId ?? null })),
        endCursor: notices.pageInfo.endCursor,
        hasNextPage: notices.pageInfo.hasNextPage,
      };
    },
  };
}
