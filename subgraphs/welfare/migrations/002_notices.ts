import { DATE_LENGTH, DATETIME_LENGTH, type Migration } from '@smart-casework/kit';

const STAFF_ID = 20;
const NUMBER = 15;
const CASE_NO = 20;

/**
 * 異動通知: what the watcher found changed in a household on assistance or applying. `seq`
 * orders arrival (the cursor of `notices`); `notice_id` is chosen before insert from the
 * dedupe key, so that a rerun sweep names the same notice the same way.
 */
export const notices: Migration = {
  name: '002_notices',
  async up(db) {
    await db.schema.createTable('change_notices', (t) => {
      t.increments('seq').primary();
      t.string('notice_id', 24).notNullable().unique();
      t.string('dedupe_key', 64).notNullable().unique();
      t.string('atena_no', NUMBER).notNullable().index();
      t.string('household_no', NUMBER).notNullable().index();
      t.string('case_no', CASE_NO).nullable().index();
      t.string('application_no', CASE_NO).nullable();
      t.string('source', 20).notNullable();
      t.string('section', 20).notNullable();
      t.string('kind', 40).notNullable();
      t.string('summary', 255).notNullable();
      t.text('before_json').nullable();
      t.text('after_json').nullable();
      t.string('effective_date', DATE_LENGTH).nullable();
      t.string('detected_at', DATETIME_LENGTH).notNullable();
      t.string('due_date', DATE_LENGTH).notNullable().index();
      t.integer('estimated_monthly_impact').nullable();
      t.integer('overpayment_per_month').nullable();
      t.string('assigned_to', STAFF_ID).notNullable();
      t.string('supervisor_id', STAFF_ID).nullable();
      t.string('status', 12).notNullable();
      t.string('acknowledged_at', DATETIME_LENGTH).nullable();
      t.string('acknowledged_by', STAFF_ID).nullable();
      t.string('resolved_at', DATETIME_LENGTH).nullable();
      t.string('resolved_by', STAFF_ID).nullable();
      t.string('resolution_note', 1000).nullable();
      // The inbox statements: a caseworker's own, a supervisor's team, by status.
      t.index(['assigned_to', 'status']);
      t.index(['supervisor_id', 'status']);
    });
  },
  async down(db) {
    await db.schema.dropTableIfExists('change_notices');
  },
};
