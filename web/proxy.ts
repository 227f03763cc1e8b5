/**
 * Every page: a Content-Security-Policy that lets the browser load and connect to this portal
 * only (closed network: no CDN, font or analytics host), with a per-request nonce for Next's
 * own scripts (src/lib/security-headers.ts); HSTS when served over HTTPS in production; and a
 * redirect to sign-in when there is no session cookie.
 */
import { NextResponse, type NextRequest } from 'next/server';
import { config as portalConfig } from './src/lib/config';
import { contentSecurityPolicy, strictTransportSecurity } from './src/lib/security-headers';
import { SESSION_COOKIE } from './src/lib/session-cookie';

const PUBLIC_PATHS = ['/signin', '/auth/'];

function isPublic(pathname: string): boolean {
  return PUBLIC_PATHS.some((p) => pathname === p || pathname.startsWith(p.endsWith('/') ? p : `${p}/`));
}

export function proxy(request: NextRequest): NextResponse {
  const { pathname, search } = request.nextUrl;
  if (!isPublic(pathname) && !request.cookies.has(SESSION_COOKIE)) {
    const signin = new URL('/signin', request.url);
    signin.searchParams.set('next', `${pathname}${search}`);
    return NextResponse.redirect(signin);
  }
  const nonce = btoa(crypto.randomUUID());
  const policy = contentSecurityPolicy(nonce, process.env.NODE_ENV === 'development');
  const headers = new Headers(request.headers);
  headers.set('x-nonce', nonce);
  headers.set('content-security-policy', policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set('content-security-policy', policy);
  const hsts = strictTransportSecurity(portalConfig().publicUrl, process.env.NODE_ENV);
  if (hsts) response.headers.set('strict-transport-security', hsts);
  return response;
}

export const config = {
  matcher: [
    {
      source: '/((?!api/|_next/static|_next/image|favicon.ico).*)',
      missing: [
        { type: 'header', key: 'next-router-prefetch' },
        { type: 'header', key: 'purpose', value: 'prefetch' },
      ],
    },
  ],
};
