import type { RemoteGraphQLDataSource } from '@apollo/gateway';
import { Agent, fetch } from 'undici';

/** The gateway's fetch signature (its package is not a direct dependency). */
type Fetcher = RemoteGraphQLDataSource['fetcher'];
type FetcherResponse = Awaited<ReturnType<Fetcher>>;

export interface SubgraphFetcherOptions {
  /** Abort a subgraph request after this many milliseconds. */
  timeoutMs: number;
  /** Idle keep-alive sockets are closed after this long; below the subgraphs' own 65 s. */
  keepAliveTimeoutMs?: number;
  /** Most sockets per subgraph origin. */
  connections?: number;
}

export interface SubgraphFetcher {
  fetcher: Fetcher;
  /** Plain GET for health checks, on the same pool. */
  get(url: string, timeoutMs: number): Promise<{ ok: boolean; status: number }>;
  close(): Promise<void>;
}

/**
 * One keep-alive pool for every subgraph: a household lookup fans out to eight services and
 * a fresh TCP connection per fetch would cost more than the queries.
 */
export function createSubgraphFetcher(options: SubgraphFetcherOptions): SubgraphFetcher {
  const agent = new Agent({ keepAliveTimeout: options.keepAliveTimeoutMs ?? 30_000, connections: options.connections ?? 64 });
  const fetcher: Fetcher = async (url, init) => {
    const response = await fetch(url, {
      method: init?.method,
      headers: init?.headers,
      body: init?.body,
      dispatcher: agent,
      signal: AbortSignal.timeout(options.timeoutMs),
    });
    return response as unknown as FetcherResponse;
  };
  return {
    fetcher,
    async get(url, timeoutMs) {
      const response = await fetch(url, { dispatcher: agent, signal: AbortSignal.timeout(timeoutMs) });
      await response.arrayBuffer();
      return { ok: response.ok, status: response.status };
    },
    close: () => agent.close(),
  };
}
