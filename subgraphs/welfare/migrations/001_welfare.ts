import { DATE_LENGTH, type Migration } from '@smart-casework/kit';

const STAFF_ID = 20;
const NUMBER = 15;
const CASE_NO = 20;

export const welfare: Migration = {
  name: '001_welfare',
  async up(db) {
    await db.schema.createTable('staff', (t) => {
      t.string('staff_id', STAFF_ID).primary();
      t.string('name', 60).notNullable();
      t.string('name_kana', 120).nullable();
      t.string('role', 20).notNullable();
      t.string('division', 20).notNullable();
      t.string('supervisor_id', STAFF_ID).nullable().index();
    });
    await db.schema.createTable('cases', (t) => {
      t.string('case_no', CASE_NO).primary();
      t.string('household_no', NUMBER).notNullable().index();
      t.string('status', 8).notNullable();
      t.string('started_on', DATE_LENGTH).notNullable();
      t.string('ended_on', DATE_LENGTH).nullable();
      t.string('end_reason', 60).nullable();
      t.string('grade', 10).notNullable();
      t.integer('minimum_cost_of_living').notNullable();
      t.integer('recognised_income').notNullable();
      t.integer('monthly_benefit').notNullable();
      t.string('last_reviewed_on', DATE_LENGTH).nullable();
      t.string('caseworker_id', STAFF_ID).notNullable().index();
    });
    await db.schema.createTable('case_members', (t) => {
      t.string('case_no', CASE_NO).notNullable();
      t.string('atena_no', NUMBER).notNullable().index();
      t.integer('display_order').notNullable();
      t.string('case_role', 8).notNullable();
      t.string('covered_from', DATE_LENGTH).notNullable();
      t.string('excluded_on', DATE_LENGTH).nullable();
      t.string('exclusion_reason', 60).nullable();
      t.primary(['case_no', 'atena_no']);
    });
    await db.schema.createTable('benefit_lines', (t) => {
      t.string('case_no', CASE_NO).notNullable();
      t.integer('line_no').notNullable();
      t.string('kind', 30).notNullable();
      t.integer('amount').notNullable();
      t.string('note', 100).nullable();
      t.primary(['case_no', 'line_no']);
    });
    await db.schema.createTable('applications', (t) => {
      t.string('application_no', CASE_NO).primary();
      t.string('household_no', NUMBER).notNullable().index();
      t.string('applicant_atena_no', NUMBER).notNullable();
      t.string('applied_on', DATE_LENGTH).notNullable();
      t.string('caseworker_id', STAFF_ID).notNullable().index();
      t.string('status', 8).notNullable();
      t.string('extension_reason', 200).nullable();
      t.string('decided_on', DATE_LENGTH).nullable();
      t.string('case_no', CASE_NO).nullable();
    });
    await db.schema.createTable('application_members', (t) => {
      t.string('application_no', CASE_NO).notNullable();
      t.string('atena_no', NUMBER).notNullable().index();
      t.integer('display_order').notNullable();
      t.primary(['application_no', 'atena_no']);
    });
  },
  async down(db) {
    for (const table of ['application_members', 'applications', 'benefit_lines', 'case_members', 'cases', 'staff']) await db.schema.dropTableIfExists(table);
  },
};
