/**
 * Server-Sent Events as the notice stream writes them (text/event-stream), and what a failure of
 * the gateway's subscription means for the browser: end for good (signed out, not allowed) or
 * reconnect later (the gateway or the network is down). Pure, shared by the route and its tests.
 */

const encoder = new TextEncoder();

/** One event: `event:` names it, `data:` is JSON on one line (JSON.stringify never emits a newline). */
export function sseEvent(event: string, data: unknown): Uint8Array {
  return encoder.encode(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
}

/** A comment line: ignored by EventSource, keeps proxies and the browser from closing an idle stream. */
export function sseComment(text: string): Uint8Array {
  return encoder.encode(`: ${text.replace(/[\r\n]+/g, ' ')}\n\n`);
}

/** How long the browser waits before reconnecting after the stream ends. */
export function sseRetry(ms: number): Uint8Array {
  return encoder.encode(`retry: ${Math.max(0, Math.round(ms))}\n\n`);
}

/** What the browser is told when the subscription ends. */
export interface StreamFailure {
  /** UNAUTHENTICATED / FORBIDDEN (fatal) or UNAVAILABLE (try again). */
  code: 'UNAUTHENTICATED' | 'FORBIDDEN' | 'UNAVAILABLE';
  /** True when reconnecting cannot help: the browser closes its EventSource. */
  fatal: boolean;
  /** Japanese, for the screen. */
  message: string;
}

const MESSAGES: Record<StreamFailure['code'], string> = {
  UNAUTHENTICATED: 'サインインの有効期限が切れたため、異動通知の自動受信を停止しました。もう一度サインインしてください。',
  FORBIDDEN: '異動通知を受信する権限がありません。',
  UNAVAILABLE: '異動通知の自動受信が途切れました。再接続しています…',
};

function failure(code: StreamFailure['code']): StreamFailure {
  return { code, fatal: code !== 'UNAVAILABLE', message: MESSAGES[code] };
}

function codeOf(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const extensions = (value as { extensions?: { code?: unknown } }).extensions;
  return typeof extensions?.code === 'string' ? extensions.code : undefined;
}

/**
 * graphql-ws reports a failure as GraphQL errors (the subscription was refused), as a close
 * event (4401/4403 from the server's onConnect, 4400 for a bad message) or as an Error.
 */
export function classifyFailure(error: unknown): StreamFailure {
  if (Array.isArray(error)) {
    const codes = error.map(codeOf);
    if (codes.includes('UNAUTHENTICATED')) return failure('UNAUTHENTICATED');
    if (codes.includes('FORBIDDEN')) return failure('FORBIDDEN');
    return failure('UNAVAILABLE');
  }
  const close = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  if (close === 4401) return failure('UNAUTHENTICATED');
  if (close === 4403) return failure('FORBIDDEN');
  return failure('UNAVAILABLE');
}

/** The gateway's graphql-ws endpoint from its http(s) origin. */
export function websocketUrl(gatewayUrl: string): string {
  const url = new URL('/graphql', gatewayUrl);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  return url.toString();
}
