import { sendJson, type Route } from '@smart-casework/kit';
import type { SubgraphFetcher } from './fetcher';

/** CONTRACT.md: a department that does not answer its own /healthz within 2 s is "down". */
const HEALTH_TIMEOUT_MS = 2000;

export type SubgraphHealth = Record<string, 'up' | 'down'>;

/** A subgraph's health URL: its kit server serves `/healthz` beside `/graphql`. */
export function healthUrl(graphqlUrl: string): string {
  return new URL('/healthz', graphqlUrl).toString();
}

export async function checkSubgraphs(urls: Record<string, string>, http: SubgraphFetcher): Promise<SubgraphHealth> {
  const entries = await Promise.all(
    Object.entries(urls).map(async ([name, url]): Promise<[string, 'up' | 'down']> => {
      try {
        const response = await http.get(healthUrl(url), HEALTH_TIMEOUT_MS);
        return [name, response.ok ? 'up' : 'down'];
      } catch {
        return [name, 'down'];
      }
    }),
  );
  return Object.fromEntries(entries);
}

/** `GET /healthz`: 200 whenever the gateway serves; `degraded` when any department is down. */
export function healthRoute(urls: Record<string, string>, http: SubgraphFetcher): Route {
  return async (_req, res) => {
    const subgraphs = await checkSubgraphs(urls, http);
    const status = Object.values(subgraphs).every((s) => s === 'up') ? 'ok' : 'degraded';
    sendJson(res, 200, { status, subgraphs });
  };
}
