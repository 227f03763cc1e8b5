import { DATETIME_LENGTH, type Migration } from '@smart-casework/kit';

/** 世帯番号 as the other welfare tables keep it. */
const NUMBER = 15;

/**
 * One row per household that an application was ever registered for: registering takes it for
 * update inside its transaction, so two registrations for one household at the same moment wait
 * for each other, and the second sees the first's application (no partial unique index is
 * portable across SQLite, PostgreSQL, MariaDB and SQL Server).
 */
export const householdLocks: Migration = {
  name: '005_household_locks',
  async up(db) {
    await db.schema.createTable('household_locks', (t) => {
      t.string('household_no', NUMBER).notNullable().primary();
      t.string('locked_at', DATETIME_LENGTH).notNullable();
    });
  },
  async down(db) {
    await db.schema.dropTableIfExists('household_locks');
  },
};
