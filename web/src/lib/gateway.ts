/**
 * Server components query the gateway directly (never through the browser) with the session
 * cookie's token: one urql client per request (registerUrql caches it for the request).
 */
import { Client, fetchExchange, type AnyVariables, type DocumentInput, type OperationResult } from '@urql/core';
import { registerUrql } from '@urql/next/rsc';
import { headers as requestHeaders } from 'next/headers';
import { redirect } from 'next/navigation';
import { config } from './config';
import { isUnauthenticated } from './graphql-errors';
import { persistedDocumentsExchange } from './persisted-documents';
import { PURPOSE_HEADER, type Purpose } from './purposes';
import { sessionToken } from './session';
import { terminalHeaders } from './terminal';

async function authorisedFetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  const token = await sessionToken();
  const headers = new Headers(init?.headers);
  if (token) headers.set('authorization', `Bearer ${token}`);
  // The audit trail's terminal is the user's browser, not this server.
  for (const [name, value] of Object.entries(terminalHeaders(await requestHeaders()))) headers.set(name, value);
  return fetch(input, { ...init, headers, cache: 'no-store' });
}

const { getClient } = registerUrql(
  () =>
    new Client({
      url: `${config().gatewayUrl}/graphql`,
      exchanges: [persistedDocumentsExchange(), fetchExchange],
      preferGetMethod: false,
      requestPolicy: 'network-only',
      fetch: authorisedFetch,
    }),
);

/**
 * Runs a typed operation against the gateway, stating the purpose when it reads personal data.
 * An expired or refused token sends the user back to the sign-in page.
 */
export async function queryGateway<Data, Variables extends AnyVariables>(
  document: DocumentInput<Data, Variables>,
  variables: Variables,
  purpose?: Purpose,
): Promise<OperationResult<Data, Variables>> {
  const fetchOptions = purpose ? { headers: { [PURPOSE_HEADER]: purpose } } : undefined;
  const result = await getClient().query(document, variables, { fetchOptions }).toPromise();
  if (isUnauthenticated(result.error)) redirect('/signin?reason=expired');
  return result;
}
