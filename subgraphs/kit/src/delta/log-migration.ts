import { DATETIME_LENGTH } from '../db';
import type { Migration } from '../migrations';

/** Every department's record of the changes it has applied, so that a file imported twice changes nothing. */
export const deltaLogMigration: Migration = {
  name: '000_delta_log',
  async up(db) {
    await db.schema.createTable('delta_changes', (t) => {
      t.string('change_id', 40).primary();
      t.string('digest', 64).notNullable();
      t.string('file_sha256', 64).notNullable();
      t.integer('line').notNullable();
      t.string('applied_at', DATETIME_LENGTH).notNullable();
    });
    await db.schema.createTable('delta_imports', (t) => {
      t.increments('id').primary();
      t.string('file_name', 255).notNullable();
      t.string('file_sha256', 64).notNullable().index();
      t.integer('row_count').notNullable();
      t.integer('applied').notNullable();
      t.integer('skipped').notNullable();
      t.string('imported_at', DATETIME_LENGTH).notNullable();
    });
  },
  async down(db) {
    await db.schema.dropTableIfExists('delta_imports');
    await db.schema.dropTableIfExists('delta_changes');
  },
};
