/**
 * POST /api/graphql: the browser's only way to the graph. Adds the session's token and the
 * stated purpose, forwards to the gateway and streams the answer back. Cross-site requests are
 * refused (besides the SameSite=Strict cookie) so no other page can query with the user's session.
 */
import { config } from '@/lib/config';
import { isPurpose, PURPOSE_HEADER } from '@/lib/purposes';
import { sessionToken } from '@/lib/session';
import { terminalHeaders } from '@/lib/terminal';

const MAX_BODY_BYTES = 256 * 1024;

function graphqlError(status: number, code: string, message: string, messageEn: string): Response {
  return Response.json({ errors: [{ message, extensions: { code, messageEn } }] }, { status, headers: { 'cache-control': 'no-store' } });
}

function refusal(request: Request): Response | null {
  const site = request.headers.get('sec-fetch-site');
  if (site && site !== 'same-origin') return graphqlError(403, 'FORBIDDEN', '他のサイトからの照会は受け付けません。', 'Cross-site requests are refused');
  if (!request.headers.get('content-type')?.startsWith('application/json')) {
    return graphqlError(415, 'BAD_REQUEST', 'Content-Type は application/json にしてください。', 'Send application/json');
  }
  const purpose = request.headers.get(PURPOSE_HEADER);
  if (purpose !== null && !isPurpose(purpose)) return graphqlError(400, 'BAD_USER_INPUT', `照会目的「${purpose.slice(0, 40)}」は使えません。`, 'Unknown x-purpose');
  return null;
}

export async function POST(request: Request): Promise<Response> {
  const refused = refusal(request);
  if (refused) return refused;
  const token = await sessionToken();
  if (!token) return graphqlError(401, 'UNAUTHENTICATED', '認証が必要です。サインインしてください。', 'Sign in first');
  const body = await request.text();
  if (body.length > MAX_BODY_BYTES) return graphqlError(413, 'BAD_REQUEST', '照会が大きすぎます。', 'Request body too large');
  const headers = new Headers({ 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json', authorization: `Bearer ${token}` });
  const purpose = request.headers.get(PURPOSE_HEADER);
  if (purpose) headers.set(PURPOSE_HEADER, purpose);
  // The audit trail's terminal is the user's browser, not this server.
  for (const [name, value] of Object.entries(terminalHeaders(request.headers))) headers.set(name, value);
  try {
    const upstream = await fetch(`${config().gatewayUrl}/graphql`, { method: 'POST', headers, body, cache: 'no-store', signal: AbortSignal.timeout(30_000) });
    return new Response(upstream.body, {
      status: upstream.status,
      headers: { 'content-type': upstream.headers.get('content-type') ?? 'application/json', 'cache-control': 'no-store' },
    });
  } catch {
    return graphqlError(502, 'GATEWAY_UNAVAILABLE', 'ゲートウェイに接続できませんでした。時間をおいて再度お試しください。', 'The gateway could not be reached');
  }
}
