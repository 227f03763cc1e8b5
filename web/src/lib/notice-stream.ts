/**
 * Server side of the live notices: one graphql-ws connection to the gateway per open page,
 * authenticated with the session's token, relayed to the browser as Server-Sent Events. The
 * token stays on the server (the browser only talks to its own origin, so `connect-src 'self'`
 * holds), and the stream ends, closing the socket, when the browser goes away.
 */
import { print } from 'graphql';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { NoticeStreamSubscription } from '@/components/notices/notice-documents';
import type { NoticeStreamSubscription as NoticeStreamResult } from '@/gql/graphql';
import { persistedQueryExtensions } from './persisted-documents';
import { PURPOSE_HEADER } from './purposes';
import { classifyFailure, sseComment, sseEvent, sseRetry, websocketUrl } from './sse';

export interface NoticeStreamOptions {
  /** The gateway's http(s) origin (GATEWAY_URL). */
  gatewayUrl: string;
  /** The session's JWT, sent as connectionParams.authorization. */
  token: string;
  /**
   * The browser's terminal (terminalHeaders: x-forwarded-for, user-agent), sent on the socket's
   * upgrade request: the gateway records it as the terminal of every notice it delivers.
   */
  terminal?: Record<string, string>;
  /** Aborted when the browser disconnects. */
  signal: AbortSignal;
  /** A comment line this often, so that idle streams are not cut by proxies (default 15 s). */
  heartbeatMs?: number;
  /** How long the browser waits before reconnecting after the stream ends (default 3 s). */
  retryMs?: number;
}

// The text goes too (graphql-ws requires one); a gateway that knows the hash runs its registered text.
const QUERY = print(NoticeStreamSubscription);

/** `ws` with extra headers on its upgrade request (graphql-ws constructs it with the URL and protocol alone). */
function socketWithHeaders(headers: Record<string, string>): new (url: string, protocols?: string | string[]) => WebSocket {
  return class extends WebSocket {
    constructor(url: string, protocols?: string | string[]) {
      super(url, protocols, { headers });
    }
  };
}

function gatewayClient(options: NoticeStreamOptions): Client {
  return createClient({
    url: websocketUrl(options.gatewayUrl),
    webSocketImpl: socketWithHeaders(options.terminal ?? {}),
    connectionParams: { authorization: `Bearer ${options.token}`, [PURPOSE_HEADER]: 'notice-handling' },
    // The browser's EventSource reconnects (and catches up by cursor); a retry here would hide the gap.
    retryAttempts: 0,
    lazy: true,
  });
}

/** Relays the subscription's results as events; `end` once it fails or completes. Returns the unsubscribe. */
function relay(client: Client, send: (chunk: Uint8Array) => void, end: () => void): () => void {
  client.on('connected', () => send(sseEvent('ready', {})));
  return client.subscribe<NoticeStreamResult>(
    { query: QUERY, extensions: persistedQueryExtensions(NoticeStreamSubscription) },
    {
      // An event whose payload could not be resolved is a gap: the browser catches up by cursor.
      next: (result) => send(result.data ? sseEvent('notice', result.data.noticeAdded) : sseEvent('gap', classifyFailure(result.errors ?? []))),
      error: (error) => {
        send(sseEvent('failure', classifyFailure(error)));
        end();
      },
      complete: end,
    },
  );
}

/**
 * The text/event-stream body: `ready` once connected, `notice` per notice, `gap` for one that
 * could not be read (the browser catches up), `failure` before it ends.
 */
export function noticeEventStream(options: NoticeStreamOptions): ReadableStream<Uint8Array> {
  let cleanup = () => {};
  return new ReadableStream<Uint8Array>({
    start(controller) {
      let open = true;
      const send = (chunk: Uint8Array) => {
        if (open) controller.enqueue(chunk);
      };
      const client = gatewayClient(options);
      const heartbeat = setInterval(() => send(sseComment('heartbeat')), options.heartbeatMs ?? 15_000);
      let unsubscribe = () => {};
      cleanup = () => {
        if (!open) return;
        open = false;
        clearInterval(heartbeat);
        options.signal.removeEventListener('abort', cleanup);
        unsubscribe();
        // dispose() rejects when the connection never opened; the failure was already reported.
        Promise.resolve(client.dispose()).catch(() => {});
        try {
          controller.close();
        } catch {
          // already cancelled by the browser going away
        }
      };
      options.signal.addEventListener('abort', cleanup);
      send(sseRetry(options.retryMs ?? 3_000));
      unsubscribe = relay(client, send, () => cleanup());
      if (options.signal.aborted) cleanup();
    },
    cancel() {
      cleanup();
    },
  });
}
