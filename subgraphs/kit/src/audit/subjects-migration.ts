import type { Migration } from '../migrations';
import { AUDIT_SIDE_TABLES } from './subjects';

/**
 * The side tables of batch lines (subjects.ts). No foreign key to `audit_entries`: the chain,
 * not the schema, guards the rows, and the verifier names side rows whose line is missing.
 */
export const auditSubjectsMigration: Migration = {
  name: '002_audit_entry_subjects',
  async up(db) {
    for (const side of AUDIT_SIDE_TABLES) {
      await db.schema.createTable(side.table, (t) => {
        t.bigInteger('seq').notNullable();
        // Binary on MariaDB/MySQL (knex applies `collate` there alone): the kit de-duplicates by
        // exact text, so the primary key must not fold case or trailing spaces into one value.
        t.string(side.column, side.length).notNullable().collate('utf8mb4_bin');
        t.primary(['seq', side.column]);
        // The auditor's question: which lines name this person (household), newest first.
        t.index([side.column, 'seq']);
      });
    }
  },
  async down(db) {
    for (const side of AUDIT_SIDE_TABLES) await db.schema.dropTableIfExists(side.table);
  },
};
