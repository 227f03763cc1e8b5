import type { Knex } from 'knex';
import { deltaLogMigration } from './delta/log-migration';

/** A migration kept in code (so it runs the same under tsx, vitest and a bundler). */
export interface Migration {
  name: string;
  up(db: Knex): Promise<void>;
  down(db: Knex): Promise<void>;
}

class ListMigrationSource implements Knex.MigrationSource<Migration> {
  constructor(private readonly migrations: readonly Migration[]) {}
  async getMigrations() {
    return [...this.migrations];
  }
  getMigrationName(migration: Migration) {
    return migration.name;
  }
  async getMigration(migration: Migration) {
    return { up: migration.up, down: migration.down };
  }
}

/** The table every department keeps for when its data was last updated (the sections' `asOf`). */
export const META_TABLE = 'department_meta';

export const metaMigration: Migration = {
  name: '000_department_meta',
  async up(db) {
    await db.schema.createTable(META_TABLE, (t) => {
      t.string('key', 64).primary();
      t.string('value', 255).notNullable();
    });
  },
  async down(db) {
    await db.schema.dropTableIfExists(META_TABLE);
  },
};

export async function migrateLatest(db: Knex, migrations: readonly Migration[]): Promise<void> {
  await db.migrate.latest({ migrationSource: new ListMigrationSource([metaMigration, deltaLogMigration, ...migrations]) });
}

export async function migrateRollbackAll(db: Knex, migrations: readonly Migration[]): Promise<void> {
  await db.migrate.rollback({ migrationSource: new ListMigrationSource([metaMigration, deltaLogMigration, ...migrations]) }, true);
}

/** Records that the department's data changed now (imports and seeds call this). */
export async function touchDepartment(db: Knex | Knex.Transaction, at: Date = new Date()): Promise<void> {
  await db(META_TABLE).where({ key: 'updated_at' }).delete();
  await db(META_TABLE).insert({ key: 'updated_at', value: at.toISOString() });
}

export async function departmentUpdatedAt(db: Knex): Promise<string> {
  const row = await db(META_TABLE).where({ key: 'updated_at' }).first('value');
  return typeof row?.value === 'string' ? row.value : new Date(0).toISOString();
}
