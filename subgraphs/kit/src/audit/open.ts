import { setTimeout as sleep } from 'node:timers/promises';
import { createDb, type DbSettings, type Knex } from '../db';
import type { Logger } from '../logger';
import { migrateLatest } from '../migrations';
import { auditSettingsFromEnv, type AuditSettings } from './config';
import { auditMigrations } from './migrations';
import { createAuditWriter, type AuditWriter, type AuditWriterOptions } from './writer';

/**
 * Opens the audit database and brings its table up to date. The gateway and the audit
 * subgraph may start together; knex refuses a second migration while one holds the lock, so
 * that case waits and tries again.
 */
export async function openAuditDb(settings: DbSettings = auditSettingsFromEnv().db): Promise<Knex> {
  const db = createDb(settings);
  for (let attempt = 1; ; attempt += 1) {
    try {
      await migrateLatest(db, auditMigrations);
      return db;
    } catch (error) {
      // A second process creating knex's own tables at the same moment fails with "already exists".
      const racing = (error as Error).name === 'MigrationLocked' || /already exists/i.test((error as Error).message);
      if (attempt >= 20 || !racing) {
        await db.destroy();
        throw error;
      }
      await sleep(250);
    }
  }
}

export interface AuditTrail {
  writer: AuditWriter;
  db: Knex;
  settings: AuditSettings;
  /** Flushes the writer (writing the anchor) and closes the database. */
  close(): Promise<void>;
}

/** The writer as a service uses it: settings from the environment, database migrated, anchor file kept. */
export async function openAuditTrail(logger: Logger, options: Partial<AuditSettings> & Pick<AuditWriterOptions, 'maxBatch'> = {}): Promise<AuditTrail> {
  const { maxBatch, ...overrides } = options;
  const settings: AuditSettings = { ...auditSettingsFromEnv(), ...overrides };
  const db = await openAuditDb(settings.db);
  const writer = createAuditWriter({ db, key: settings.key, logger, anchorFile: settings.anchorFile, maxBatch });
  return {
    writer,
    db,
    settings,
    async close() {
      await writer.close();
      await db.destroy();
    },
  };
}
