import { DATE_LENGTH, type Migration } from '@smart-casework/kit';

export const registry: Migration = {
  name: '001_registry',
  async up(db) {
    await db.schema.createTable('households', (t) => {
      t.string('household_no', 15).primary();
      t.string('address', 200).notNullable();
      t.string('postal_code', 8).notNullable();
      t.string('head_atena_no', 15).nullable();
    });
    await db.schema.createTable('residents', (t) => {
      t.string('atena_no', 15).primary();
      t.string('household_no', 15).notNullable().index();
      t.string('name', 60).notNullable();
      t.string('name_kana', 120).notNullable();
      t.string('name_folded', 60).notNullable().index();
      t.string('kana_folded', 120).notNullable().index();
      t.string('birth_date', DATE_LENGTH).notNullable().index();
      t.string('sex', 2).notNullable();
      t.string('relationship', 30).notNullable();
      t.integer('display_order').notNullable();
      t.string('status', 8).notNullable();
      t.string('resident_since', DATE_LENGTH).notNullable();
      t.string('address_since', DATE_LENGTH).notNullable();
      t.string('previous_address', 200).nullable();
    });
    await db.schema.createTable('resident_changes', (t) => {
      t.string('atena_no', 15).notNullable();
      t.integer('history_no').notNullable();
      t.string('reason', 30).notNullable();
      t.string('reason_group', 4).notNullable();
      t.string('change_date', DATE_LENGTH).notNullable();
      t.string('processed_on', DATE_LENGTH).notNullable();
      t.string('notified_on', DATE_LENGTH).nullable();
      t.string('household_no_before', 15).nullable();
      t.primary(['atena_no', 'history_no']);
    });
  },
  async down(db) {
    await db.schema.dropTableIfExists('resident_changes');
    await db.schema.dropTableIfExists('residents');
    await db.schema.dropTableIfExists('households');
  },
};
