import { createServer, type Server } from 'node:http';
import { createServer as createTcpServer, type Socket } from 'node:net';
import { close, listen, startDepartment, type RunningSubgraph, type StartOptions } from '@smart-casework/kit';
import { startGateway, type StartGatewayOptions } from '../app';
import { signDevToken } from '../auth';
import { composeSupergraph } from '../compose';
import { DEV_JWT_SECRET_DEFAULT } from '../config';
import { FAKE_SDL, FAKE_STAFF, fakeResidents, fakeTax, fakeWelfare } from './fake-departments';

export const FAKES = { residents: fakeResidents, tax: fakeTax, welfare: fakeWelfare };
export type FakeName = keyof typeof FAKES;

/** The three fake departments' supergraph. */
export const fakeSupergraph = () => composeSupergraph(['residents', 'tax', 'welfare'], { ...FAKE_SDL }).supergraphSdl;

export async function startFake(name: FakeName, options: StartOptions = {}): Promise<RunningSubgraph> {
  return startDepartment(FAKES[name], { port: 0, db: { client: 'better-sqlite3', url: ':memory:' }, ...options });
}

/** A dev token as `/auth/dev-token` would issue it. */
export const devToken = (staffId: keyof typeof FAKE_STAFF = 'cw001') => signDevToken(FAKE_STAFF[staffId], DEV_JWT_SECRET_DEFAULT);

export async function startFakeGateway(urls: Record<string, string>, options: Partial<StartGatewayOptions> = {}) {
  return startGateway({ port: 0, supergraphSdl: fakeSupergraph(), urls, ...options, config: { AUTH_MODE: 'dev', SUBGRAPH_TIMEOUT_MS: 1000, ...options.config } });
}

/** A TCP server that accepts connections and never answers: a hung department. */
export async function startSilentServer(): Promise<{ url: string; stop(): Promise<void> }> {
  const sockets = new Set<Socket>();
  const server = createTcpServer((socket) => void sockets.add(socket));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    stop: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** An HTTP server that answers every request with the given status (a department in maintenance). */
export async function startStatusServer(status: number): Promise<{ url: string; stop(): Promise<void> }> {
  const server: Server = createServer((_req, res) => res.writeHead(status, { 'content-type': 'text/html' }).end('<h1>maintenance</h1>'));
  const base = await listen(server, 0);
  return { url: `${base}/graphql`, stop: () => close(server) };
}

export interface GraphQLAnswer {
  status: number;
  body: { data?: Record<string, unknown> | null; errors?: { message: string; path?: unknown[]; extensions?: Record<string, unknown> }[] };
}

/** POSTs an operation stating the purpose `investigation` unless `headers` say otherwise (`'x-purpose': ''`: none). */
export async function post(url: string, query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}): Promise<GraphQLAnswer> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-purpose': 'investigation', ...headers }, body: JSON.stringify({ query, variables }) });
  return { status: response.status, body: (await response.json()) as GraphQLAnswer['body'] };
}
