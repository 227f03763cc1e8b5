import { DATE_LENGTH, type Migration } from '@smart-casework/kit';

export const pensionTables: Migration = {
  name: '001_pension',
  async up(db) {
    await db.schema.createTable('pension_insured_periods', (t) => {
      t.string('atena_no', 15).notNullable();
      t.integer('history_no').notNullable();
      t.string('category', 4).notNullable();
      t.string('acquired_on', DATE_LENGTH).notNullable();
      t.string('acquisition_reason', 40).notNullable();
      t.string('lost_on', DATE_LENGTH).nullable();
      t.string('loss_reason', 40).nullable();
      t.string('basic_pension_no', 12).notNullable();
      t.integer('prior_year_income').nullable();
      t.primary(['atena_no', 'history_no']);
    });
    await db.schema.createTable('pension_exemptions', (t) => {
      t.string('atena_no', 15).notNullable();
      t.integer('history_no').notNullable();
      t.string('kind', 30).notNullable();
      t.string('reason', 60).nullable();
      t.string('period_from', DATE_LENGTH).notNullable();
      t.string('period_to', DATE_LENGTH).nullable();
      t.string('notified_on', DATE_LENGTH).notNullable();
      t.primary(['atena_no', 'history_no']);
    });
    await db.schema.createTable('pension_benefits', (t) => {
      t.string('atena_no', 15).notNullable();
      t.integer('benefit_no').notNullable();
      t.string('kind', 20).notNullable();
      t.integer('grade').nullable();
      t.integer('annual_amount').notNullable();
      t.string('started_on', DATE_LENGTH).notNullable();
      t.string('ended_on', DATE_LENGTH).nullable();
      t.primary(['atena_no', 'benefit_no']);
    });
  },
  async down(db) {
    await db.schema.dropTableIfExists('pension_benefits');
    await db.schema.dropTableIfExists('pension_exemptions');
    await db.schema.dropTableIfExists('pension_insured_periods');
  },
};
