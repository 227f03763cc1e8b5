import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/** The repository root: where `.env` and `.data/` live. */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

let envLoaded = false;

/** Loads `.env` at the repository root once, without overriding the real environment. */
export function loadDotEnv(): void {
  if (envLoaded) return;
  envLoaded = true;
  const file = join(repoRoot, '.env');
  if (existsSync(file)) process.loadEnvFile(file);
}

/**
 * The one config loader: validates the environment with zod at start-up and fails with a
 * message that names each offending variable.
 */
export function loadConfig<S extends z.ZodRawShape>(shape: S, env: NodeJS.ProcessEnv = process.env): z.infer<z.ZodObject<S>> {
  loadDotEnv();
  const result = z.object(shape).safeParse(env);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration (see .env.example):\n${lines.join('\n')}`);
  }
  return result.data;
}

/** `.data/` under the repository root unless DATA_DIR says otherwise. */
export function dataDir(): string {
  loadDotEnv();
  return resolve(repoRoot, process.env.DATA_DIR ?? '.data');
}

/** Defaults shared by every service. */
export const DEV_INTERNAL_SECRET = 'dev-internal-secret-change-me-0123456789';

export const port = (fallback: number) => z.coerce.number().int().min(0).max(65535).default(fallback);
