import type { NextConfig } from 'next';

// Headers every response carries. The Content-Security-Policy (with a per-request nonce) is set
// by proxy.ts on pages; two CSP headers on one response would both apply.
const SECURITY_HEADERS = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'no-referrer' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  { key: 'Cross-Origin-Resource-Policy', value: 'same-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=()' },
];

const config: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // The kit ships TypeScript source (its numbers and department registry are shared with the subgraphs).
  transpilePackages: ['@smart-casework/kit'],
  // The notice stream's graphql-ws client runs on `ws`, loaded from node_modules (it requires its
  // optional native add-ons conditionally, which bundling would turn into build errors).
  serverExternalPackages: ['ws'],
  async headers() {
    return [{ source: '/:path*', headers: SECURITY_HEADERS }];
  },
};

export default config;
