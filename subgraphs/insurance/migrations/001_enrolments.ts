import { DATE_LENGTH, type Migration } from '@smart-casework/kit';

/** 国保・後期 資格履歴 (one row per period of membership) and 保険料 arrears by instalment. */
export const enrolments: Migration = {
  name: '001_enrolments',
  async up(db) {
    await db.schema.createTable('insurance_enrolments', (t) => {
      t.increments('id').primary();
      t.string('atena_no', 15).notNullable().index();
      t.string('scheme', 4).notNullable();
      t.string('insured_no', 24).notNullable();
      t.string('acquired_on', DATE_LENGTH).notNullable();
      t.string('acquisition_reason', 20).notNullable();
      t.string('lost_on', DATE_LENGTH).nullable();
      t.string('loss_reason', 20).nullable();
      t.string('household_head_atena_no', 15).nullable();
    });
    await db.schema.createTable('insurance_premium_arrears', (t) => {
      t.string('atena_no', 15).notNullable();
      t.string('scheme', 4).notNullable();
      t.integer('fiscal_year').notNullable();
      t.integer('instalment').notNullable();
      t.string('due_on', DATE_LENGTH).notNullable();
      t.integer('amount').notNullable();
      t.primary(['atena_no', 'scheme', 'fiscal_year', 'instalment']);
    });
  },
  async down(db) {
    await db.schema.dropTableIfExists('insurance_premium_arrears');
    await db.schema.dropTableIfExists('insurance_enrolments');
  },
};
