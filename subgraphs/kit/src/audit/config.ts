import { isAbsolute, join, resolve } from 'node:path';
import { z } from 'zod';
import { dataDir, loadConfig, repoRoot } from '../config';
import { dbSettingsFromEnv, type DbSettings } from '../db';
import { refuseDevSecrets } from '../secrets';

/**
 * The chain key of the demo and the tests. Anyone with the key can rewrite the chain
 * consistently, so production must set its own AUDIT_CHAIN_KEY (the gateway refuses to start
 * with this one there).
 */
export const DEV_AUDIT_CHAIN_KEY = 'dev-audit-chain-key-change-me-0123456789abcdef';

export interface AuditSettings {
  /** HMAC key of the chain (AUDIT_CHAIN_KEY, at least 32 characters). */
  key: string;
  /** Where the writer keeps the chain's anchor (AUDIT_ANCHOR_FILE), absolute. */
  anchorFile: string;
  /** The audit database (AUDIT_DB_CLIENT / AUDIT_DB_URL; SQLite `.data/audit.sqlite` by default). */
  db: DbSettings;
}

/**
 * The audit trail's settings from the environment (`.env` included), validated; the dev chain
 * key is refused in production (NODE_ENV=production or AUTH_MODE other than dev).
 */
export function auditSettingsFromEnv(env: NodeJS.ProcessEnv = process.env): AuditSettings {
  const config = loadConfig({
    AUDIT_CHAIN_KEY: z.string().min(32, 'AUDIT_CHAIN_KEY must be at least 32 characters').default(DEV_AUDIT_CHAIN_KEY),
    AUDIT_ANCHOR_FILE: z.string().min(1).optional(),
  }, env);
  refuseDevSecrets(env, [{ name: 'AUDIT_CHAIN_KEY', value: config.AUDIT_CHAIN_KEY, devDefault: DEV_AUDIT_CHAIN_KEY }]);
  const file = config.AUDIT_ANCHOR_FILE;
  const anchorFile = file ? (isAbsolute(file) ? file : resolve(repoRoot, file)) : join(dataDir(), 'audit-anchor.json');
  return { key: config.AUDIT_CHAIN_KEY, anchorFile, db: dbSettingsFromEnv('audit', env) };
}
