import { INTERNAL_TOKEN_HEADER, signInternalToken, type Caller } from '@smart-casework/kit';
import type { SubgraphFetcher } from '../fetcher';

/** The gateway's own identity for lookups no user asked for (who may see whom). */
export const GATEWAY_CALLER: Caller = {
  identity: { staffId: 'svc-gateway', name: 'ゲートウェイ', role: 'service', division: 'system' },
  purpose: 'access-control',
  requestId: null,
  grant: 'all',
};

export interface InternalClient {
  /** Runs `query` on a subgraph as `caller`; throws on HTTP or GraphQL errors. */
  query<T>(url: string, caller: Caller, query: string, variables?: Record<string, unknown>): Promise<T>;
}

export function createInternalClient(http: SubgraphFetcher, internalSecret: string): InternalClient {
  return {
    async query<T>(url: string, caller: Caller, query: string, variables: Record<string, unknown> = {}) {
      const token = await signInternalToken(caller, internalSecret);
      const response = await http.fetcher(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [INTERNAL_TOKEN_HEADER]: token, 'x-purpose': caller.purpose ?? '' },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as { data?: T | null; errors?: { message: string }[] };
      if (!response.ok || body.errors?.length || !body.data) throw new Error(`${url} answered HTTP ${response.status}: ${body.errors?.map((e) => e.message).join('; ') ?? 'no data'}`);
      return body.data;
    },
  };
}
