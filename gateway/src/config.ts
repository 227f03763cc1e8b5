import { accessControlProblem, accessControlSetting, DEPARTMENTS, DEV_INTERNAL_SECRET, devSecretProblems, loadConfig, port } from '@smart-casework/kit';
import { z } from 'zod';
import { hardeningEnv } from './hardening/config';

/** The demo's dev-token signing secret; refused outside AUTH_MODE=dev like the internal one. */
export const DEV_JWT_SECRET_DEFAULT = 'dev-jwt-secret-change-me-0123456789abcdef';

/** Every variable the gateway reads (.env.example documents each). */
export const gatewayEnv = {
  GATEWAY_PORT: port(4000),
  GATEWAY_HOST: z.string().default('127.0.0.1'),
  /** Peers whose x-forwarded-for names the terminal in the audit trail (the portal's server), comma-separated. */
  GATEWAY_TRUSTED_PROXIES: z.string().default('127.0.0.1,::1,::ffff:127.0.0.1').transform((list) => list.split(',').map((a) => a.trim()).filter(Boolean)),
  AUTH_MODE: z.enum(['dev', 'oidc']).default('dev'),
  DEV_JWT_SECRET: z.string().min(32).default(DEV_JWT_SECRET_DEFAULT),
  OIDC_ISSUER: z.string().optional(),
  OIDC_AUDIENCE: z.string().optional(),
  OIDC_JWKS_URL: z.url().optional(),
  OIDC_STAFF_ID_CLAIM: z.string().default('sub'),
  OIDC_ROLE_CLAIM: z.string().default('role'),
  OIDC_DIVISION_CLAIM: z.string().default('division'),
  INTERNAL_TOKEN_SECRET: z.string().min(32).default(DEV_INTERNAL_SECRET),
  SUBGRAPH_TIMEOUT_MS: z.coerce.number().int().positive().default(5000),
  /** How long a caseworker's reach (the households they may investigate) is reused, in ms. */
  ACCESS_REACH_TTL_MS: z.coerce.number().int().min(0).default(15_000),
  /** How long the members of a reached household, as residents gave them, are reused for every caller, in ms. */
  ACCESS_MEMBERS_TTL_MS: z.coerce.number().int().min(0).default(60_000),
  /** How long the last known reach still serves while welfare cannot be asked, in ms. */
  ACCESS_REACH_STALE_MS: z.coerce.number().int().min(0).default(600_000),
  /** `off`: no purpose rule, no caseload grants, no audit trail — the benchmark's baseline only; refused in production. */
  ACCESS_CONTROL: accessControlSetting,
  /** Redis for live notices across gateway replicas (pub/sub and the relay's lock); unset: in memory, one gateway. */
  REDIS_URL: z.url().optional(),
  /** How often the notice relay asks welfare for new notices, in ms. */
  NOTICE_POLL_MS: z.coerce.number().int().min(10).default(250),
  /** Redis channel the relay publishes notice events on; also the prefix of its lock and cursor keys. */
  NOTICE_CHANNEL: z.string().min(1).default('sc:notices'),
  LOG_LEVEL: z.string().default('info'),
  NODE_ENV: z.string().default('development'),
  /** Persisted documents, GraphQL Armor limits and rate limits (hardening/config.ts). */
  ...hardeningEnv,
};

export type GatewayConfig = ReturnType<typeof loadGatewayConfig>;

/**
 * Departments given a timeout of their own with `<NAME>_TIMEOUT_MS` (e.g. a tax system slow at
 * month end); the others use SUBGRAPH_TIMEOUT_MS (see timeoutFor).
 */
function departmentTimeouts(env: NodeJS.ProcessEnv): Record<string, number> {
  const key = (name: string) => `${name.toUpperCase()}_TIMEOUT_MS`;
  const parsed = loadConfig(Object.fromEntries(DEPARTMENTS.map((d) => [key(d.name), z.coerce.number().int().positive().optional()])), env) as Record<string, number | undefined>;
  return Object.fromEntries(DEPARTMENTS.flatMap((d) => { const ms = parsed[key(d.name)]; return ms === undefined ? [] : [[d.name, ms]]; }));
}

/** A department's request timeout. */
export function timeoutFor(config: Pick<GatewayConfig, 'timeouts' | 'SUBGRAPH_TIMEOUT_MS'>, department: string): number {
  return config.timeouts[department] ?? config.SUBGRAPH_TIMEOUT_MS;
}

/**
 * Validates the environment once at start-up. Outside dev mode the well-known dev secrets
 * would let anyone mint tokens, so the gateway refuses to start with them.
 */
export function loadGatewayConfig(env: NodeJS.ProcessEnv = process.env) {
  const config = { ...loadConfig(gatewayEnv, env), timeouts: departmentTimeouts(env) };
  refuseUnsafeConfig(config);
  return config;
}

/**
 * Throws, naming each variable, for a configuration the gateway must not start with: dev sign-in
 * or a published dev secret in production, missing OIDC settings. createGateway checks again
 * (tests and the stack pass overrides that skip loadGatewayConfig's check).
 */
export function refuseUnsafeConfig(config: z.infer<z.ZodObject<typeof gatewayEnv>>): void {
  const problems = devSecretProblems(config, [
    { name: 'INTERNAL_TOKEN_SECRET', value: config.INTERNAL_TOKEN_SECRET, devDefault: DEV_INTERNAL_SECRET },
    // Only read in dev mode (which production refuses anyway).
    { name: 'DEV_JWT_SECRET', value: config.AUTH_MODE === 'dev' ? config.DEV_JWT_SECRET : undefined, devDefault: DEV_JWT_SECRET_DEFAULT },
  ]);
  const accessControl = accessControlProblem(config, config.ACCESS_CONTROL);
  if (accessControl) problems.push(accessControl);
  if (config.AUTH_MODE !== 'dev') {
    if (!config.OIDC_ISSUER) problems.push('OIDC_ISSUER: required when AUTH_MODE=oidc');
    if (!config.OIDC_AUDIENCE) problems.push('OIDC_AUDIENCE: required when AUTH_MODE=oidc');
    if (!config.OIDC_JWKS_URL) problems.push('OIDC_JWKS_URL: required when AUTH_MODE=oidc');
  }
  if (problems.length > 0) throw new Error(`Invalid configuration (see .env.example):\n  ${problems.join('\n  ')}`);
}
