import { NextResponse, type NextRequest } from 'next/server';
import { config } from '@/lib/config';
import { CALLBACK_PATH, decodeFlow, OIDC_FLOW_COOKIE, redeemCode } from '@/lib/oidc';
import { startSession } from '@/lib/session';

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

/**
 * The page that ends sign-in. Not a redirect: a SameSite=Strict cookie set during a redirect
 * chain that began at the IdP (another site) is not sent on that chain's next request, so the
 * browser moves on from a page of this site instead.
 */
function continuePage(next: string): NextResponse {
  const href = escapeHtml(next);
  const html = `<!doctype html><html lang="ja"><head><meta charset="utf-8"><meta http-equiv="refresh" content="0;url=${href}"><title>サインインしました</title></head><body><p>サインインしました。<a href="${href}">ポータルへ進む</a></p></body></html>`;
  return new NextResponse(html, { headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' } });
}

/** GET /auth/callback: the IdP's answer (code and state); keeps the token in the session cookie. */
export async function GET(request: NextRequest): Promise<NextResponse> {
  const { oidc, publicUrl } = config();
  const params = request.nextUrl.searchParams;
  const flow = decodeFlow(request.cookies.get(OIDC_FLOW_COOKIE)?.value);
  const code = params.get('code');
  if (!oidc || !flow || !code || params.get('state') !== flow.state) return NextResponse.redirect(new URL('/signin?error=oidc-state', publicUrl));
  try {
    await startSession(await redeemCode(oidc, flow, code, `${publicUrl}${CALLBACK_PATH}`));
  } catch {
    return NextResponse.redirect(new URL('/signin?error=oidc', publicUrl));
  }
  const response = continuePage(flow.next);
  response.cookies.delete({ name: OIDC_FLOW_COOKIE, path: CALLBACK_PATH });
  return response;
}
