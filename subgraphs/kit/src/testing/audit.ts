import type { AuditEntryInput } from '../audit/entry';
import { auditMigrations } from '../audit/migrations';
import { createDb, type DbSettings, type Knex } from '../db';
import { migrateLatest } from '../migrations';
import type { TestDatabase } from './databases';

/**
 * A fresh audit database of the dialect, migrated; `settings` overrides where it lives (two
 * connections to one SQLite database need a file). `close` destroys the connection and drops it.
 */
export async function openTestAuditDb(database: TestDatabase, settings?: (created: DbSettings) => DbSettings): Promise<{ db: Knex; settings: DbSettings; close(): Promise<void> }> {
  const created = await database.create();
  const used = settings ? settings(created.settings) : created.settings;
  const db = createDb(used);
  await migrateLatest(db, auditMigrations);
  return {
    db,
    settings: used,
    async close() {
      await db.destroy();
      await created.drop();
    },
  };
}

/** A plausible entry for tests: `overrides` on top of a caseworker's allowed tax lookup. */
export function sampleAuditEntry(i: number, overrides: Partial<AuditEntryInput> = {}): AuditEntryInput {
  return {
    at: new Date(Date.UTC(2025, 9, 1, 1, 0, 0) + i * 1000).toISOString(),
    requestId: `req-${i}`,
    staffId: 'cw001',
    role: 'caseworker',
    division: 'welfare',
    clientAddress: '10.0.0.12',
    userAgent: 'Mozilla/5.0 (test)',
    operationName: 'InvestigationList',
    purpose: 'investigation',
    atenaNo: String(100000000 + i),
    householdNo: null,
    department: 'tax',
    fields: ['Resident.tax', 'TaxRecord.lightVehicles'],
    outcome: 'allowed',
    code: null,
    reason: null,
    ...overrides,
  };
}

export function sampleAuditEntries(count: number, from = 1): AuditEntryInput[] {
  return Array.from({ length: count }, (_, i) => sampleAuditEntry(from + i));
}

/** A batch line for tests: the change watcher's read of `subjects` (宛名番号) in one department. */
export function sampleBatchEntry(i: number, subjects: string[], overrides: Partial<AuditEntryInput> = {}): AuditEntryInput {
  return sampleAuditEntry(i, { staffId: 'svc-watcher', role: 'service', division: 'system', purpose: 'notice-handling', operationName: 'WatchHouseholds', atenaNo: null, subjects, ...overrides });
}
