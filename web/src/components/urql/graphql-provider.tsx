'use client';

/**
 * The one urql client of the browser. It talks to the portal's own /api/graphql, which adds the
 * session's token server-side: the browser never holds the token and never calls the gateway.
 * Documents go by their codegen hash (persisted documents), never as text.
 */
import { cacheExchange, createClient, fetchExchange, ssrExchange, UrqlProvider } from '@urql/next';
import { useMemo, type ReactNode } from 'react';
import { persistedDocumentsExchange } from '@/lib/persisted-documents';

export const GRAPHQL_PATH = '/api/graphql';

/** `nonce`: the request's CSP nonce, for the script urql writes when it hands server-fetched data to the browser. */
export function GraphqlProvider({ children, nonce }: { children: ReactNode; nonce?: string }) {
  const [client, ssr] = useMemo(() => {
    const ssr = ssrExchange({ isClient: typeof window !== 'undefined' });
    const client = createClient({
      url: GRAPHQL_PATH,
      exchanges: [cacheExchange, ssr, persistedDocumentsExchange(), fetchExchange],
      preferGetMethod: false,
      suspense: false,
      fetchOptions: { credentials: 'same-origin' },
    });
    return [client, ssr] as const;
  }, []);
  return (
    <UrqlProvider client={client} ssr={ssr} nonce={nonce}>
      {children}
    </UrqlProvider>
  );
}
