/**
 * The portal's security headers, in one place: next.config.ts sets the static ones on every
 * response; proxy.ts sets the Content-Security-Policy (it carries a per-request nonce) and
 * Strict-Transport-Security (it depends on how the portal is served) on pages.
 */

/** On every response, pages, API routes and static files alike. */
export const SECURITY_HEADERS = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'no-referrer' },
  // For browsers without CSP frame-ancestors.
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  { key: 'Cross-Origin-Resource-Policy', value: 'same-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=()' },
] as const;

/**
 * Pages load and connect to this portal only (closed network: no CDN, font or analytics host),
 * with a per-request nonce for Next's own scripts; no page may frame them.
 */
export function contentSecurityPolicy(nonce: string, development: boolean): string {
  return [
    "default-src 'self'",
    // React in development evaluates code to rebuild server stacks; production never does.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ''}`,
    // Inline style attributes (GraphiQL's editor, React's style props); no stylesheet from elsewhere.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/**
 * HSTS where the portal is served over HTTPS in production (PORTAL_URL https://…): a year, with
 * subdomains. Over plain http (the demo on localhost) browsers would ignore it anyway.
 */
export function strictTransportSecurity(publicUrl: string, nodeEnv: string | undefined): string | null {
  return nodeEnv === 'production' && publicUrl.startsWith('https:') ? 'max-age=31536000; includeSubDomains' : null;
}
