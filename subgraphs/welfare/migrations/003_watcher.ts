import { DATETIME_LENGTH, type Migration } from '@smart-casework/kit';

const NUMBER = 15;
const HOLDER = 100;

/**
 * The change watcher's own state: the last facts it saw per member and section (the notices are
 * the differences from them), the lease that keeps two watchers from sweeping at once, and a
 * record of each sweep.
 */
export const watcher: Migration = {
  name: '003_watcher',
  async up(db) {
    await db.schema.createTable('watch_snapshots', (t) => {
      t.string('household_no', NUMBER).notNullable();
      t.string('atena_no', NUMBER).notNullable();
      /** A Resident section field (tax, pension …) or `registry` for membership of the household. */
      t.string('section', 20).notNullable();
      /** sha256 (hex) of snapshot_json: unchanged facts are recognised without parsing. */
      t.string('digest', 64).notNullable();
      t.text('snapshot_json').notNullable();
      t.string('taken_at', DATETIME_LENGTH).notNullable();
      t.primary(['household_no', 'atena_no', 'section']);
    });
    await db.schema.createTable('watch_leases', (t) => {
      t.string('name', 40).primary();
      t.string('holder', HOLDER).notNullable();
      t.string('expires_at', DATETIME_LENGTH).notNullable();
    });
    await db.schema.createTable('watch_sweeps', (t) => {
      t.string('id', 36).primary();
      t.string('holder', HOLDER).notNullable();
      t.string('started_at', DATETIME_LENGTH).notNullable().index();
      t.string('finished_at', DATETIME_LENGTH).nullable();
      t.integer('households').notNullable().defaultTo(0);
      t.integer('notices').notNullable().defaultTo(0);
      t.integer('unknown_sections').notNullable().defaultTo(0);
      /** running, done, failed, or abandoned (a sweep whose process died: found by the next lease holder). */
      t.string('status', 12).notNullable();
    });
  },
  async down(db) {
    for (const table of ['watch_sweeps', 'watch_leases', 'watch_snapshots']) await db.schema.dropTableIfExists(table);
  },
};
