import { DATE_LENGTH, type Migration } from '@smart-casework/kit';

/** 障害者手帳 (one per 手帳種別), 障害福祉サービス 支給決定, and 特別障害者手当・障害児福祉手当. */
export const disabilityTables: Migration = {
  name: '001_disability',
  async up(db) {
    await db.schema.createTable('disability_certificates', (t) => {
      t.string('atena_no', 15).notNullable();
      t.string('kind', 4).notNullable();
      t.string('certificate_no', 12).notNullable().unique();
      t.string('grade', 4).notNullable();
      t.string('impairment', 30).nullable();
      t.string('impairment_group', 30).nullable();
      t.string('first_issued_on', DATE_LENGTH).notNullable();
      t.string('issued_on', DATE_LENGTH).notNullable();
      t.string('reassess_on', DATE_LENGTH).nullable();
      t.string('valid_until', DATE_LENGTH).nullable();
      t.primary(['atena_no', 'kind']);
    });
    await db.schema.createTable('disability_services', (t) => {
      t.string('atena_no', 15).notNullable();
      t.string('service_kind', 30).notNullable();
      t.string('granted_from', DATE_LENGTH).notNullable();
      t.string('granted_to', DATE_LENGTH).notNullable();
      t.string('granted_quantity', 20).notNullable();
      t.string('support_level', 4).nullable();
      t.integer('copay_cap').notNullable();
      t.primary(['atena_no', 'service_kind', 'granted_from']);
    });
    await db.schema.createTable('disability_allowances', (t) => {
      t.string('atena_no', 15).notNullable();
      t.string('kind', 20).notNullable();
      t.integer('monthly_amount').notNullable();
      t.string('certified_on', DATE_LENGTH).notNullable();
      t.string('paid_from', DATE_LENGTH).notNullable();
      t.string('status', 20).notNullable();
      t.primary(['atena_no', 'kind']);
    });
  },
  async down(db) {
    await db.schema.dropTableIfExists('disability_allowances');
    await db.schema.dropTableIfExists('disability_services');
    await db.schema.dropTableIfExists('disability_certificates');
  },
};
