/**
 * The SSE relay against a real graphql-ws server over the composed API schema: the token goes
 * in connectionParams, each notice becomes one `notice` event with the inbox's fields, a refused
 * connection ends the stream with a fatal `failure`, and a browser going away closes the socket.
 */
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { buildSchema, execute, GraphQLError, subscribe, validate, type GraphQLSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocketServer } from 'ws';
import { noticeEventStream } from './notice-stream';

const API_SCHEMA = new URL('../../../gateway/supergraph.api.graphql', import.meta.url);

const NOTICE = {
  __typename: 'ChangeNotice',
  id: 'N0123456789abcdef0123',
  cursor: 'c1',
  status: 'UNREAD',
  kind: '児童扶養手当額変更',
  summary: '児童扶養手当の月額が改定されました',
  section: 'childBenefits',
  sourceName: '子育て支援課',
  dueDate: '2025-10-15',
  overdue: false,
  effectiveDate: '2025-09-01',
  detectedAt: '2025-10-01T00:00:00.000Z',
  estimatedMonthlyImpact: -12340,
  overpaymentPerMonth: 12340,
  accruedOverpayment: 12340,
  resident: { atenaNo: '200000019', name: '山田　花子', relationship: '子' },
  household: { householdNo: '100000013' },
  assignedTo: { staffId: 'cw001', name: '佐藤　一郎' },
  acknowledgedAt: null,
  acknowledgedBy: null,
  resolvedAt: null,
  resolvedBy: null,
  resolutionNote: null,
};

interface FakeGateway {
  url: string;
  /** connectionParams of every connection. */
  params: unknown[];
  /** The headers of every connection's upgrade request. */
  headers: Record<string, unknown>[];
  /** Resolves when a connection is closed (the client went away). */
  closed: Promise<void>;
  close(): Promise<void>;
}

/** A schema whose noticeAdded yields `events`, then waits. */
function schemaWith(events: readonly unknown[], forbid = false): GraphQLSchema {
  const schema = buildSchema(readFileSync(API_SCHEMA, 'utf8'));
  const field = schema.getSubscriptionType()?.getFields().noticeAdded;
  if (!field) throw new Error('the API schema has no Subscription.noticeAdded');
  field.subscribe = async function* () {
    if (forbid) throw new GraphQLError('異動通知を受け取る権限がありません。', { extensions: { code: 'FORBIDDEN' } });
    for (const event of events) yield { noticeAdded: event };
    await new Promise(() => {});
  };
  return schema;
}

/** `refuse`: onConnect says no (close 4403); `forbid`: the subscription itself is refused with FORBIDDEN. */
async function fakeGateway(options: { events?: readonly unknown[]; refuse?: boolean; forbid?: boolean } = {}): Promise<FakeGateway> {
  const server = new WebSocketServer({ port: 0, path: '/graphql' });
  await new Promise<void>((resolve) => server.once('listening', resolve));
  const params: unknown[] = [];
  const headers: Record<string, unknown>[] = [];
  let closed: () => void = () => {};
  const closedPromise = new Promise<void>((resolve) => (closed = resolve));
  const schema = schemaWith(options.events ?? [], options.forbid);
  useServer(
    {
      schema,
      // This module's graphql functions: the server's own import may be another instance of graphql.
      execute,
      subscribe,
      validate,
      onConnect: (ctx) => {
        params.push(ctx.connectionParams);
        headers.push({ ...(ctx.extra as { request: { headers: Record<string, unknown> } }).request.headers });
        return !options.refuse;
      },
      onClose: () => closed(),
    },
    server,
  );
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, params, headers, closed: closedPromise, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** Reads the stream until `until` holds for the text so far (or the stream ends). */
async function readUntil(stream: ReadableStream<Uint8Array>, until: (text: string) => boolean): Promise<{ text: string; reader: ReadableStreamDefaultReader<Uint8Array> }> {
  const reader = stream.getReader();
  const decoder = new TextDecoder();
  let text = '';
  while (!until(text)) {
    const { value, done } = await reader.read();
    if (done) break;
    text += decoder.decode(value, { stream: true });
  }
  return { text, reader };
}

function events(text: string): { event: string; data: unknown }[] {
  return [...text.matchAll(/event: (\w+)\ndata: (.*)\n\n/g)].map((m) => ({ event: m[1] ?? '', data: JSON.parse(m[2] ?? 'null') }));
}

const open: FakeGateway[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((g) => g.close()));
});

describe('noticeEventStream', () => {
  it('subscribes with the token in connectionParams and relays each notice as one event, after ready', async () => {
    const gateway = await fakeGateway({ events: [NOTICE, { ...NOTICE, id: 'N2', cursor: 'c2' }] });
    open.push(gateway);
    const controller = new AbortController();
    const stream = noticeEventStream({ gatewayUrl: gateway.url, token: 'jwt.token.here', signal: controller.signal });
    const { text } = await readUntil(stream, (t) => events(t).filter((e) => e.event === 'notice').length === 2);
    expect(text.startsWith('retry: 3000\n\n')).toBe(true);
    const received = events(text);
    expect(received.map((e) => e.event)).toEqual(['ready', 'notice', 'notice']);
    expect(received[1]?.data).toMatchObject({ id: NOTICE.id, cursor: 'c1', summary: NOTICE.summary, resident: NOTICE.resident, estimatedMonthlyImpact: -12340 });
    expect(gateway.params).toEqual([{ authorization: 'Bearer jwt.token.here', 'x-purpose': 'notice-handling' }]);
    controller.abort();
  });

  it('carries the browser\'s terminal on the upgrade request, for the gateway\'s audit trail', async () => {
    const gateway = await fakeGateway({ events: [NOTICE] });
    open.push(gateway);
    const controller = new AbortController();
    const terminal = { 'x-forwarded-for': '10.20.30.40', 'user-agent': 'Mozilla/5.0 (X11; Linux x86_64)' };
    const stream = noticeEventStream({ gatewayUrl: gateway.url, token: 't', signal: controller.signal, terminal });
    await readUntil(stream, (t) => t.includes('event: notice'));
    expect(gateway.headers[0]).toMatchObject(terminal);
    controller.abort();
  });

  it('closes the gateway connection and ends the stream when the browser goes away', async () => {
    const gateway = await fakeGateway({ events: [NOTICE] });
    open.push(gateway);
    const controller = new AbortController();
    const stream = noticeEventStream({ gatewayUrl: gateway.url, token: 't', signal: controller.signal });
    const { reader } = await readUntil(stream, (t) => t.includes('event: notice'));
    controller.abort();
    await gateway.closed;
    expect((await reader.read()).done).toBe(true);
  });

  it('writes heartbeat comments while nothing happens', async () => {
    const gateway = await fakeGateway();
    open.push(gateway);
    const controller = new AbortController();
    const { text } = await readUntil(noticeEventStream({ gatewayUrl: gateway.url, token: 't', signal: controller.signal, heartbeatMs: 5 }), (t) => t.includes(': heartbeat\n\n'));
    expect(text).toContain(': heartbeat\n\n');
    controller.abort();
  });

  it('ends with a fatal failure when the gateway refuses the connection', async () => {
    const gateway = await fakeGateway({ refuse: true });
    open.push(gateway);
    const { text } = await readUntil(noticeEventStream({ gatewayUrl: gateway.url, token: 'expired', signal: new AbortController().signal }), () => false);
    expect(events(text).at(-1)).toEqual({ event: 'failure', data: expect.objectContaining({ code: 'FORBIDDEN', fatal: true }) });
  });

  it('ends with a fatal failure when the gateway refuses the subscription (FORBIDDEN)', async () => {
    const gateway = await fakeGateway({ forbid: true });
    open.push(gateway);
    const { text } = await readUntil(noticeEventStream({ gatewayUrl: gateway.url, token: 'tax001', signal: new AbortController().signal }), () => false);
    expect(events(text).at(-1)).toEqual({ event: 'failure', data: expect.objectContaining({ code: 'FORBIDDEN', fatal: true }) });
  });

  it('ends with a failure to retry when the gateway cannot be reached', async () => {
    const gateway = await fakeGateway();
    await gateway.close();
    const { text } = await readUntil(noticeEventStream({ gatewayUrl: gateway.url, token: 't', signal: new AbortController().signal }), () => false);
    expect(events(text)).toEqual([{ event: 'failure', data: expect.objectContaining({ code: 'UNAVAILABLE', fatal: false }) }]);
  });
});
