import { parse } from 'graphql';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { auditSettingsFromEnv, DEV_AUDIT_CHAIN_KEY } from './audit/config';
import { DEV_INTERNAL_SECRET } from './config';
import { devSecretProblems, isProductionLike, refuseDevSecrets } from './secrets';
import { startDepartment, type Department } from './server';

const internal = (value: string | undefined) => [{ name: 'INTERNAL_TOKEN_SECRET', value, devDefault: DEV_INTERNAL_SECRET }];
const own = 'x'.repeat(40);

describe('secrets only from the environment', () => {
  it('production-like: NODE_ENV=production, or AUTH_MODE other than dev', () => {
    expect([isProductionLike({}), isProductionLike({ NODE_ENV: 'test' }), isProductionLike({ NODE_ENV: 'production', AUTH_MODE: 'oidc' }), isProductionLike({ AUTH_MODE: 'oidc' })]).toEqual([false, false, true, true]);
  });

  it.each([
    [{}, DEV_INTERNAL_SECRET, []],
    [{ AUTH_MODE: 'oidc' }, DEV_INTERNAL_SECRET, ['INTERNAL_TOKEN_SECRET']],
    [{ AUTH_MODE: 'oidc', NODE_ENV: 'production' }, DEV_INTERNAL_SECRET, ['INTERNAL_TOKEN_SECRET']],
    [{ AUTH_MODE: 'oidc', NODE_ENV: 'production' }, own, []],
    [{ NODE_ENV: 'production' }, own, ['AUTH_MODE']],
    [{ NODE_ENV: 'production', AUTH_MODE: 'dev' }, DEV_INTERNAL_SECRET, ['AUTH_MODE', 'INTERNAL_TOKEN_SECRET']],
  ] as const)('%o with %s: refuses %o', (env, secret, named) => {
    expect(devSecretProblems(env, internal(secret)).map((p) => p.split(':')[0])).toEqual(named);
  });

  it('throws one error naming every variable, pointing at .env.example', () => {
    expect(() => refuseDevSecrets({ NODE_ENV: 'production' }, internal(DEV_INTERNAL_SECRET))).toThrow(/see \.env\.example[\s\S]*AUTH_MODE[\s\S]*INTERNAL_TOKEN_SECRET/);
  });
});

describe('the audit chain key', () => {
  it('the dev key is refused in production, a key of its own is taken', () => {
    expect(() => auditSettingsFromEnv({ NODE_ENV: 'production', AUTH_MODE: 'oidc' })).toThrow(/AUDIT_CHAIN_KEY: the published dev default is refused/);
    expect(auditSettingsFromEnv({ NODE_ENV: 'production', AUTH_MODE: 'oidc', AUDIT_CHAIN_KEY: own }).key).toBe(own);
    expect(auditSettingsFromEnv({}).key).toBe(DEV_AUDIT_CHAIN_KEY);
  });
});

describe('a subgraph in production', () => {
  afterEach(() => vi.unstubAllEnvs());
  const department: Department<null> = { name: 'residents', label: '住民記録', defaultPort: 0, typeDefs: parse('type Query { ping: String }'), resolvers: {}, migrations: [], createLoaders: () => null };
  const options = { port: 0, db: { client: 'better-sqlite3' as const, url: ':memory:' } };

  it('refuses to start with the dev internal secret, and starts with its own', async () => {
    vi.stubEnv('NODE_ENV', 'production');
    vi.stubEnv('AUTH_MODE', 'oidc');
    vi.stubEnv('INTERNAL_TOKEN_SECRET', undefined);
    await expect(startDepartment(department, options)).rejects.toThrow(/INTERNAL_TOKEN_SECRET: the published dev default is refused/);
    const running = await startDepartment(department, { ...options, internalSecret: own });
    await running.stop();
  });
});
