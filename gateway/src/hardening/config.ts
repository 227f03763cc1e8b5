import { z } from 'zod';
import { DEFAULT_DOCUMENT_PATHS } from './persisted-documents';
import type { DocumentsMode } from './resolve-document';

const count = (fallback: number) => z.coerce.number().int().min(0).default(fallback);

/**
 * The gateway's hardening settings (spread into gatewayEnv; .env.example documents each). The
 * limits leave room above the portal's and the watcher's real documents (measured by
 * armor-limits.test.ts); rates are generous enough for the tests and the benchmark.
 */
export const hardeningEnv = {
  /** persisted: only registered documents run; any: arbitrary text too. Unset: persisted when NODE_ENV=production. */
  GRAPHQL_DOCUMENTS: z.enum(['persisted', 'any']).optional(),
  /** Comma-separated manifest files or directories (every *.json), relative to the repository root. */
  PERSISTED_DOCUMENTS: z.string().default(DEFAULT_DOCUMENT_PATHS.join(',')),
  GRAPHQL_MAX_DEPTH: count(12),
  GRAPHQL_MAX_COST: count(10_000),
  GRAPHQL_MAX_ALIASES: count(15),
  GRAPHQL_MAX_DIRECTIVES: count(10),
  GRAPHQL_MAX_TOKENS: count(2_000),
  RATE_LIMIT_PER_MINUTE: count(600),
  RATE_LIMIT_SERVICE_PER_MINUTE: count(6_000),
  RATE_LIMIT_ANONYMOUS_PER_MINUTE: count(300),
  RATE_LIMIT_DEV_TOKEN_PER_MINUTE: count(300),
};

type HardeningConfig = z.infer<z.ZodObject<typeof hardeningEnv>> & { NODE_ENV: string };

export function documentsMode(config: Pick<HardeningConfig, 'GRAPHQL_DOCUMENTS' | 'NODE_ENV'>): DocumentsMode {
  return config.GRAPHQL_DOCUMENTS ?? (config.NODE_ENV === 'production' ? 'persisted' : 'any');
}

export const documentPaths = (config: Pick<HardeningConfig, 'PERSISTED_DOCUMENTS'>) =>
  config.PERSISTED_DOCUMENTS.split(',').map((path) => path.trim()).filter((path) => path !== '');

export type { HardeningConfig };
