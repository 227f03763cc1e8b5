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
  /**
   * Told of each answer to `/graphql`, and of each request the server refuses itself (a body too
   * large or not JSON), before it is sent: the gateway audits refusals that never reach its
   * plugins (Apollo's CSRF and batching refusals among them).
   */
  onAnswer?: (answer: HttpAnswer<C>) => Promise<void>;
}

export interface HttpAnswer<C> {
  req: IncomingMessage;
  status: number;
  /** The JSON text sent (null for a streamed answer). */
  body: string | null;
  /** The request's context, when it got that far. */
  context: C | undefined;
}

export function sendJson(res: ServerResponse, status: number, value: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(value));
}

/**
 * The request body, up to `limit` bytes. Past the limit it stops reading without destroying the
 * request, so that the refusal can still be answered and audited with the peer's address.
 */
function readBody(req: IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) return void chunks.push(chunk);
      req.off('data', onData);
      req.pause();
      reject(Object.assign(new Error('body too large'), { status: 413 }));
    };
    req.on('data', onData);
    req.once('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.once('error', reject);
  });
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
      let context: C | undefined;
      const response = await apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: (req.method ?? 'GET').toUpperCase(), headers, search: url.search, body },
        context: async () => (context = await options.context(req)),
      });
      const complete = response.body.kind === 'complete' ? response.body.string : null;
      await options.onAnswer?.({ req, status: response.status ?? 200, body: complete, context });
      for (const [key, value] of response.headers) res.setHeader(key, value);
      res.statusCode = response.status ?? 200;
      if (response.body.kind === 'complete') return void res.end(response.body.string);
      for await (const chunk of response.body.asyncIterator) res.write(chunk);
      res.end();
    } catch (error) {
      const status = (error as { status?: number }).status ?? 500;
      if (status >= 500) options.logger.error({ err: error }, 'request failed');
      if (res.headersSent) return void res.end();
      const answer = { error: status >= 500 ? 'internal error' : (error as Error).message };
      if (status < 500) await options.onAnswer?.({ req, status, body: JSON.stringify(answer), context: undefined }).catch((err: unknown) => options.logger.error({ err }, 'onAnswer failed'));
      // The rest of a refused upload is never read: close the connection rather than keep it
      // open for the sender (a server stopping would wait for it).
      if (status === 413) res.setHeader('connection', 'close');
      sendJson(res, status, answer);
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
