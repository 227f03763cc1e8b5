import { DATETIME_LENGTH } from '../db';
import type { Migration } from '../migrations';
import { AUDIT_COLUMN_LENGTHS as L } from './entry';
import { auditSubjectsMigration } from './subjects-migration';

/** The audit trail's table of lines, in the audit database of its own (AUDIT_DB_*); batch lines add side tables (subjects.ts). */
export const AUDIT_TABLE = 'audit_entries';

const HASH_LENGTH = 64;

/**
 * Append-only by convention and by the chain: nothing updates or deletes rows, and
 * `npm run audit:verify` names any row that was. `seq` is the primary key, so two writers that
 * read the same head cannot both append after it (the second one retries).
 */
export const auditEntriesMigration: Migration = {
  name: '001_audit_entries',
  async up(db) {
    await db.schema.createTable(AUDIT_TABLE, (t) => {
      t.bigInteger('seq').notNullable().primary();
      t.string('at', DATETIME_LENGTH).notNullable();
      t.string('request_id', L.request_id).nullable();
      t.string('staff_id', L.staff_id).nullable();
      t.string('role', L.role).nullable();
      t.string('division', L.division).nullable();
      t.string('client_address', L.client_address).nullable();
      t.string('user_agent', L.user_agent).nullable();
      t.string('operation_name', L.operation_name).nullable();
      t.string('purpose', L.purpose).nullable();
      t.string('atena_no', L.atena_no).nullable();
      t.string('household_no', L.household_no).nullable();
      t.string('department', L.department).nullable();
      t.text('fields', 'mediumtext').notNullable();
      t.string('outcome', 8).notNullable();
      t.string('code', L.code).nullable();
      t.string('reason', L.reason).nullable();
      t.string('prev_hash', HASH_LENGTH).notNullable();
      t.string('hash', HASH_LENGTH).notNullable();
      // The auditor's questions: by staff, by person, by period.
      t.index(['staff_id', 'at']);
      t.index(['atena_no', 'at']);
      t.index(['at']);
    });
  },
  async down(db) {
    await db.schema.dropTableIfExists(AUDIT_TABLE);
  },
};

export const auditMigrations: readonly Migration[] = [auditEntriesMigration, auditSubjectsMigration];
