import { DATE_LENGTH, type Migration } from '@smart-casework/kit';

/** Tables after the 介護保険 standard's data items: 資格, 要介護認定 (history), 第1号保険料 by 年度. */
export const careTables: Migration = {
  name: '001_care',
  async up(db) {
    await db.schema.createTable('care_insured', (t) => {
      t.string('atena_no', 15).primary();
      t.string('insured_no', 10).notNullable().unique();
      t.string('category', 4).notNullable();
      t.string('acquired_on', DATE_LENGTH).notNullable();
      t.string('acquisition_reason', 20).notNullable();
      t.string('lost_on', DATE_LENGTH).nullable();
      t.string('loss_reason', 20).nullable();
    });
    await db.schema.createTable('care_certifications', (t) => {
      t.string('atena_no', 15).notNullable();
      t.integer('history_no').notNullable();
      t.string('applied_on', DATE_LENGTH).notNullable();
      t.string('application_kind', 8).notNullable();
      t.string('certified_on', DATE_LENGTH).notNullable();
      t.string('level', 8).notNullable();
      t.string('valid_from', DATE_LENGTH).nullable();
      t.string('valid_to', DATE_LENGTH).nullable();
      t.primary(['atena_no', 'history_no']);
    });
    await db.schema.createTable('care_premiums', (t) => {
      t.string('atena_no', 15).notNullable();
      t.integer('fiscal_year').notNullable();
      t.integer('stage').notNullable();
      t.integer('annual_amount').notNullable();
      t.integer('monthly_amount').notNullable();
      t.string('collection_method', 8).notNullable();
      t.primary(['atena_no', 'fiscal_year']);
    });
  },
  async down(db) {
    await db.schema.dropTableIfExists('care_premiums');
    await db.schema.dropTableIfExists('care_certifications');
    await db.schema.dropTableIfExists('care_insured');
  },
};
