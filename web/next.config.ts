import type { NextConfig } from 'next';
import { SECURITY_HEADERS } from './src/lib/security-headers';

const config: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // The kit ships TypeScript source (its numbers and department registry are shared with the subgraphs).
  transpilePackages: ['@smart-casework/kit'],
  // The notice stream's graphql-ws client runs on `ws`, loaded from node_modules (it requires its
  // optional native add-ons conditionally, which bundling would turn into build errors).
  serverExternalPackages: ['ws'],
  async headers() {
    // The Content-Security-Policy (with a per-request nonce) and HSTS are set by proxy.ts on pages.
    return [{ source: '/:path*', headers: [...SECURITY_HEADERS] }];
  },
};

export default config;
