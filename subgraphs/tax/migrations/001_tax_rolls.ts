import type { Migration } from '@smart-casework/kit';

/** 住民税 課税台帳: one assessment per person and fiscal year, its income by kind and its dependants. */
export const taxRolls: Migration = {
  name: '001_tax_rolls',
  async up(db) {
    await db.schema.createTable('resident_tax_assessments', (t) => {
      t.string('atena_no', 15).notNullable();
      t.integer('fiscal_year').notNullable();
      t.string('tax_status', 8).notNullable();
      t.string('exempt_reason', 20).nullable();
      t.integer('total_income').notNullable();
      t.integer('income_levy').notNullable();
      t.integer('per_capita_levy').notNullable();
      t.integer('dependant_count').notNullable();
      t.primary(['atena_no', 'fiscal_year']);
    });
    await db.schema.createTable('resident_tax_incomes', (t) => {
      t.string('atena_no', 15).notNullable();
      t.integer('fiscal_year').notNullable();
      t.string('kind', 10).notNullable();
      t.integer('revenue').notNullable();
      t.integer('income').notNullable();
      t.primary(['atena_no', 'fiscal_year', 'kind']);
    });
    await db.schema.createTable('resident_tax_dependants', (t) => {
      t.integer('fiscal_year').notNullable();
      t.string('taxpayer_atena_no', 15).notNullable();
      t.string('dependant_atena_no', 15).notNullable().index();
      t.string('relation', 10).notNullable();
      t.boolean('living_apart').notNullable();
      t.primary(['taxpayer_atena_no', 'dependant_atena_no', 'fiscal_year']);
    });
  },
  async down(db) {
    await db.schema.dropTableIfExists('resident_tax_dependants');
    await db.schema.dropTableIfExists('resident_tax_incomes');
    await db.schema.dropTableIfExists('resident_tax_assessments');
  },
};
