import { DATE_LENGTH, type Migration } from '@smart-casework/kit';

export const childTables: Migration = {
  name: '001_child',
  async up(db) {
    await db.schema.createTable('child_allowance_certifications', (t) => {
      t.string('certification_no', 12).primary();
      t.string('program', 12).notNullable();
      t.string('recipient_atena_no', 15).notNullable().index();
      t.string('certified_on', DATE_LENGTH).notNullable();
      t.string('payment_start_month', 7).notNullable();
      t.string('payment', 8).nullable();
      t.integer('monthly_amount').notNullable();
      t.string('ended_on', DATE_LENGTH).nullable();
      t.string('end_reason', 40).nullable();
    });
    await db.schema.createTable('child_allowance_children', (t) => {
      t.string('certification_no', 12).notNullable();
      t.string('child_atena_no', 15).notNullable().index();
      t.string('birth_date', DATE_LENGTH).notNullable();
      t.integer('birth_order').notNullable();
      t.boolean('paid').notNullable();
      t.primary(['certification_no', 'child_atena_no']);
    });
    await db.schema.createTable('child_allowance_revisions', (t) => {
      t.string('certification_no', 12).notNullable();
      t.integer('revision_no').notNullable();
      t.string('revised_on', DATE_LENGTH).notNullable();
      t.integer('amount_before').notNullable();
      t.integer('amount_after').notNullable();
      t.string('reason', 40).notNullable();
      t.primary(['certification_no', 'revision_no']);
    });
  },
  async down(db) {
    await db.schema.dropTableIfExists('child_allowance_revisions');
    await db.schema.dropTableIfExists('child_allowance_children');
    await db.schema.dropTableIfExists('child_allowance_certifications');
  },
};
