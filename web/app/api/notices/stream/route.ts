/**
 * GET /api/notices/stream: the signed-in user's new change notices as Server-Sent Events. The
 * browser opens it with EventSource (same origin, so `connect-src 'self'` holds and the token in
 * the httpOnly session cookie never reaches a page script); this handler holds the gateway's
 * graphql-ws subscription for it and ends it when the browser goes away.
 */
import { config } from '@/lib/config';
import { noticeEventStream } from '@/lib/notice-stream';
import { sessionToken } from '@/lib/session';
import { terminalHeaders } from '@/lib/terminal';

// A stream per request, never cached or prerendered.
export const dynamic = 'force-dynamic';

function refusal(status: number, message: string): Response {
  return new Response(message, { status, headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' } });
}

export async function GET(request: Request): Promise<Response> {
  const site = request.headers.get('sec-fetch-site');
  if (site && site !== 'same-origin') return refusal(403, '他のサイトからの接続は受け付けません。');
  // EventSource gives up (no reconnect) on a status other than 200: signed out means stop.
  const token = await sessionToken();
  if (!token) return refusal(401, '認証が必要です。サインインしてください。');
  const stream = noticeEventStream({ gatewayUrl: config().gatewayUrl, token, signal: request.signal, terminal: terminalHeaders(request.headers) });
  return new Response(stream, {
    headers: {
      'content-type': 'text/event-stream; charset=utf-8',
      // no-transform keeps the compression middleware from buffering the stream.
      'cache-control': 'no-store, no-transform',
      'x-accel-buffering': 'no',
    },
  });
}
