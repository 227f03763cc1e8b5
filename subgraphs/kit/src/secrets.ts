/**
 * Secrets come from the environment only. The defaults in the code are published (README,
 * .env.example), so wherever real people's data is served a service refuses to start with one.
 */

/** The environment variables that decide whether this is a real deployment. */
export interface DeploymentEnv {
  NODE_ENV?: string | undefined;
  AUTH_MODE?: string | undefined;
}

/** A secret and the dev default it must not keep in production. */
export interface SecretSetting {
  name: string;
  value: string | undefined;
  devDefault: string;
}

/** NODE_ENV=production, or identities from the city's IdP (AUTH_MODE other than dev). */
export function isProductionLike(env: DeploymentEnv): boolean {
  return env.NODE_ENV === 'production' || (env.AUTH_MODE ?? 'dev') !== 'dev';
}

/** Each reason not to start: dev sign-in under NODE_ENV=production, a secret still at its dev default. */
export function devSecretProblems(env: DeploymentEnv, secrets: readonly SecretSetting[]): string[] {
  const problems: string[] = [];
  if (env.NODE_ENV === 'production' && (env.AUTH_MODE ?? 'dev') === 'dev') problems.push('AUTH_MODE: dev (anyone may sign in as anyone) is refused when NODE_ENV=production; use oidc');
  if (!isProductionLike(env)) return problems;
  for (const secret of secrets) {
    if (secret.value === secret.devDefault) problems.push(`${secret.name}: the published dev default is refused in production (NODE_ENV=production or AUTH_MODE other than dev); set a secret of your own`);
  }
  return problems;
}

/** Throws, naming every offending variable, when a production-like start uses a dev default. */
export function refuseDevSecrets(env: DeploymentEnv, secrets: readonly SecretSetting[]): void {
  const problems = devSecretProblems(env, secrets);
  if (problems.length > 0) throw new Error(`Invalid configuration (see .env.example):\n  ${problems.join('\n  ')}`);
}
