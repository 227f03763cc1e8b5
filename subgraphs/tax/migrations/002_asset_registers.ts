import { DATE_LENGTH, type Migration } from '@smart-casework/kit';

/** 固定資産 (土地・家屋課税台帳) and 軽自動車税 registers, as they stand. */
export const assetRegisters: Migration = {
  name: '002_asset_registers',
  async up(db) {
    await db.schema.createTable('fixed_asset_lands', (t) => {
      t.increments('id').primary();
      t.string('atena_no', 15).notNullable().index();
      t.string('location', 100).notNullable();
      t.string('lot_no', 20).notNullable();
      t.string('land_use', 10).notNullable();
      t.double('area_sqm').notNullable();
      t.integer('assessed_value').notNullable();
      t.integer('taxable_standard').notNullable();
      t.string('housing_land_relief', 10).nullable();
    });
    await db.schema.createTable('fixed_asset_buildings', (t) => {
      t.increments('id').primary();
      t.string('atena_no', 15).notNullable().index();
      t.string('location', 100).notNullable();
      t.string('building_no', 20).notNullable();
      t.string('kind', 10).notNullable();
      t.string('structure', 4).notNullable();
      t.double('floor_area_sqm').notNullable();
      t.integer('built_year').notNullable();
      t.integer('assessed_value').notNullable();
    });
    await db.schema.createTable('light_vehicles', (t) => {
      t.increments('id').primary();
      t.string('atena_no', 15).notNullable().index();
      t.string('kind', 20).notNullable();
      t.string('plate', 20).notNullable();
      t.string('registered_on', DATE_LENGTH).notNullable();
      t.string('deregistered_on', DATE_LENGTH).nullable();
      t.integer('annual_tax').notNullable();
    });
  },
  async down(db) {
    await db.schema.dropTableIfExists('light_vehicles');
    await db.schema.dropTableIfExists('fixed_asset_buildings');
    await db.schema.dropTableIfExists('fixed_asset_lands');
  },
};
