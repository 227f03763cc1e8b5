/**
 * The portal's configuration, read once from the environment on the server (the Portal
 * section of `.env.example`). A bad value stops the request with a message naming the variable.
 */
export type AuthMode = 'dev' | 'oidc';

/** The environment as read here (a plain record, so tests can pass their own). */
type Env = Readonly<Record<string, string | undefined>>;

export interface OidcConfig {
  /** OIDC_ISSUER: the city's IdP (its discovery document is read from `<issuer>/.well-known/openid-configuration`). */
  issuer: string;
  /** PORTAL_OIDC_CLIENT_ID */
  clientId: string;
  /** PORTAL_OIDC_CLIENT_SECRET: sent to the token endpoint (client_secret_post); empty for a public client. */
  clientSecret: string;
  /** PORTAL_OIDC_SCOPE */
  scope: string;
  /** PORTAL_OIDC_TOKEN: which token the gateway verifies, `access_token` or `id_token`. */
  forwardedToken: 'access_token' | 'id_token';
  /** PORTAL_OIDC_LOGOUT_URL: where sign-out sends the browser (the IdP's end_session_endpoint), if any. */
  logoutUrl: string | null;
}

export interface PortalConfig {
  /** GATEWAY_URL: the gateway's origin, reached by the portal's server only. */
  gatewayUrl: string;
  /** AUTH_MODE, shared with the gateway. */
  authMode: AuthMode;
  /** PORTAL_URL: the portal's public origin (OIDC redirect URI; https makes the session cookie Secure). */
  publicUrl: string;
  oidc: OidcConfig | null;
  /** PORTAL_SANDBOX: whether /sandbox (GraphiQL) is served; see readSandbox. */
  sandbox: boolean;
}

function url(name: string, value: string): string {
  const parsed = URL.canParse(value) ? new URL(value) : null;
  if (!parsed || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')) throw new Error(`${name} must be an absolute http(s) URL (got "${value}")`);
  return parsed.toString().replace(/\/$/, '');
}

function required(env: Env, name: string): string {
  const value = env[name]?.trim();
  if (!value) throw new Error(`${name} is required when AUTH_MODE=oidc`);
  return value;
}

function readOidc(env: Env): OidcConfig {
  const forwarded = env.PORTAL_OIDC_TOKEN ?? 'access_token';
  if (forwarded !== 'access_token' && forwarded !== 'id_token') throw new Error(`PORTAL_OIDC_TOKEN must be access_token or id_token (got "${forwarded}")`);
  const logout = env.PORTAL_OIDC_LOGOUT_URL?.trim();
  return {
    issuer: url('OIDC_ISSUER', required(env, 'OIDC_ISSUER')),
    clientId: required(env, 'PORTAL_OIDC_CLIENT_ID'),
    clientSecret: env.PORTAL_OIDC_CLIENT_SECRET ?? '',
    scope: env.PORTAL_OIDC_SCOPE ?? 'openid profile',
    forwardedToken: forwarded,
    logoutUrl: logout ? url('PORTAL_OIDC_LOGOUT_URL', logout) : null,
  };
}

/**
 * The GraphiQL sandbox is a development tool: off in production, which for the portal is
 * NODE_ENV=production with the city's IdP (`next start` always runs as NODE_ENV=production, the
 * demo included, so dev sign-in keeps it). PORTAL_SANDBOX=on|off overrides.
 */
export function readSandbox(env: Env, authMode: AuthMode): boolean {
  const value = env.PORTAL_SANDBOX?.trim();
  if (value === 'on' || value === 'off') return value === 'on';
  if (value) throw new Error(`PORTAL_SANDBOX must be on or off (got "${value}")`);
  return env.NODE_ENV !== 'production' || authMode === 'dev';
}

export function readConfig(env: Env = process.env): PortalConfig {
  const authMode = env.AUTH_MODE ?? 'dev';
  if (authMode !== 'dev' && authMode !== 'oidc') throw new Error(`AUTH_MODE must be dev or oidc (got "${authMode}")`);
  const gatewayPort = env.GATEWAY_PORT ?? '4000';
  const portalPort = env.PORTAL_PORT ?? '3000';
  return {
    gatewayUrl: url('GATEWAY_URL', env.GATEWAY_URL ?? `http://localhost:${gatewayPort}`),
    authMode,
    publicUrl: url('PORTAL_URL', env.PORTAL_URL ?? `http://localhost:${portalPort}`),
    oidc: authMode === 'oidc' ? readOidc(env) : null,
    sandbox: readSandbox(env, authMode),
  };
}

let cached: PortalConfig | undefined;

/** The configuration of this process (read on first use). */
export function config(): PortalConfig {
  cached ??= readConfig();
  return cached;
}
