import { DATETIME_LENGTH, type Migration } from '@smart-casework/kit';

const STAFF_ID = 20;

/**
 * Applications registered and closed in the system itself (not only seeded): who registered one
 * and when, and who refused or recorded the withdrawal, with the reason (却下・取下げの経過).
 */
export const applicationDecisions: Migration = {
  name: '004_application_decisions',
  async up(db) {
    await db.schema.alterTable('applications', (t) => {
      t.string('registered_by', STAFF_ID).nullable();
      t.string('registered_at', DATETIME_LENGTH).nullable();
      t.string('decided_by', STAFF_ID).nullable();
      t.string('decision_note', 1000).nullable();
    });
  },
  async down(db) {
    await db.schema.alterTable('applications', (t) => {
      t.dropColumns('registered_by', 'registered_at', 'decided_by', 'decision_note');
    });
  },
};
