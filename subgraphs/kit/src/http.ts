import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import type { Logger } from 'pino';

/** A plain route beside `/graphql` (health, dev tokens). */
export type Route = (req: IncomingMessage, res: ServerResponse, body: unknown) => Promise<void> | void;

export interface HttpOptions<C extends BaseContext> {
  /** Builds the GraphQL context from the incoming request. */
  context: (req: IncomingMessage) => Promise<C>;
  /** Extra routes by `METHOD /path`, e.g. `GET /healthz`. */
  routes?: Record<string, Route>;
  logger: Logger;
  /** Largest accepted request body in bytes. */
  maxBodyBytes?: number;
}

export function sendJson(res: ServerResponse, status: number, value: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(value));
}

async function readBody(req: IncomingMessage, limit: number): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw Object.assign(new Error('body too large'), { status: 413 });
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function parseBody(req: IncomingMessage, raw: string): unknown {
  if (raw === '') return undefined;
  const type = req.headers['content-type'] ?? '';
  if (!type.includes('application/json')) return raw;
  try {
    return JSON.parse(raw);
  } catch {
    throw Object.assign(new Error('invalid JSON body'), { status: 400 });
  }
}

/**
 * Serves an Apollo Server on node:http (what `startStandaloneServer` does, plus our own routes
 * and keep-alive settings, and without its permissive CORS).
 */
export function createHttpServer<C extends BaseContext>(apollo: ApolloServer<C>, options: HttpOptions<C>): Server {
  const limit = options.maxBodyBytes ?? 1_000_000;
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://localhost');
      const body = parseBody(req, await readBody(req, limit));
      const route = options.routes?.[`${req.method} ${url.pathname}`];
      if (route) return await route(req, res, body);
      if (url.pathname !== '/graphql') return sendJson(res, 404, { error: 'not found' });
      const headers = new HeaderMap();
      for (const [key, value] of Object.entries(req.headers)) {
        if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
      }
      const response = await apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: (req.method ?? 'GET').toUpperCase(), headers, search: url.search, body },
        context: () => options.context(req),
      });
      for (const [key, value] of response.headers) res.setHeader(key, value);
      res.statusCode = response.status ?? 200;
      if (response.body.kind === 'complete') return void res.end(response.body.string);
      for await (const chunk of response.body.asyncIterator) res.write(chunk);
      res.end();
    } catch (error) {
      const status = (error as { status?: number }).status ?? 500;
      if (status >= 500) options.logger.error({ err: error }, 'request failed');
      if (!res.headersSent) sendJson(res, status, { error: status >= 500 ? 'internal error' : (error as Error).message });
      else res.end();
    }
  });
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  return server;
}

export async function listen(server: Server, port: number, host = '127.0.0.1'): Promise<string> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  return `http://${host === '0.0.0.0' ? 'localhost' : host}:${address.port}`;
}

export async function close(server: Server): Promise<void> {
  server.closeIdleConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
}
