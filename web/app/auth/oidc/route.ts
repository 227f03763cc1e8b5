import { NextResponse, type NextRequest } from 'next/server';
import { config } from '@/lib/config';
import { authorizationUrl, CALLBACK_PATH, encodeFlow, newFlow, OIDC_FLOW_COOKIE } from '@/lib/oidc';
import { safeReturnPath } from '@/lib/return-path';
import { cookieOptions } from '@/lib/session';

/** GET /auth/oidc: sends the browser to the city's IdP (AUTH_MODE=oidc). */
export async function GET(request: NextRequest): Promise<NextResponse> {
  const { oidc, publicUrl } = config();
  if (!oidc) return NextResponse.redirect(new URL('/signin', publicUrl));
  const flow = newFlow(safeReturnPath(request.nextUrl.searchParams.get('next')));
  let target: string;
  try {
    target = await authorizationUrl(oidc, flow, `${publicUrl}${CALLBACK_PATH}`);
  } catch {
    return NextResponse.redirect(new URL('/signin?error=oidc', publicUrl));
  }
  const response = NextResponse.redirect(target);
  // Lax, not Strict: the IdP sends the browser back with a cross-site top-level GET.
  response.cookies.set(OIDC_FLOW_COOKIE, encodeFlow(flow), { ...cookieOptions(600), sameSite: 'lax', path: CALLBACK_PATH });
  return response;
}
