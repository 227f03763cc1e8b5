import { CITY_DEPARTMENTS, createDb, dbSettingsFromEnv, type Knex } from '@smart-casework/kit';

/**
 * The baseline: the same rows the investigation query shows, read with knex straight from
 * the departments' databases in one process. For each department every table keyed by
 * `atena_no` (or, for the registry, `household_no`) is read with one statement per household.
 */
export interface DirectSql {
  readHousehold(householdNo: string): Promise<number>;
  statementsPerHousehold: number;
  close(): Promise<void>;
}

/** Tables that are not part of the investigation list: change notices, the watcher's state, the delta log. */
const NOT_LISTED = new Set(['department_meta', 'change_notices', 'watch_snapshots', 'watch_leases', 'watch_sweeps', 'delta_changes', 'delta_imports']);

async function keyedTables(db: Knex, client: string): Promise<{ table: string; key: 'atena_no' | 'household_no' }[]> {
  const tables: string[] =
    client === 'better-sqlite3'
      ? (await db('sqlite_master').where({ type: 'table' }).select('name')).map((r: { name: string }) => r.name)
      : (await db('information_schema.tables').where('table_schema', client === 'pg' ? 'public' : db.client.database()).select('table_name as name')).map((r: { name: string }) => r.name);
  const result: { table: string; key: 'atena_no' | 'household_no' }[] = [];
  for (const table of tables) {
    if (table.startsWith('knex_') || NOT_LISTED.has(table)) continue;
    const columns = await db(table).columnInfo();
    if ('atena_no' in columns) result.push({ table, key: 'atena_no' });
    else if ('household_no' in columns) result.push({ table, key: 'household_no' });
  }
  return result;
}

export async function openDirectSql(): Promise<DirectSql> {
  const departments = await Promise.all(
    CITY_DEPARTMENTS.map(async (entry) => {
      const settings = dbSettingsFromEnv(entry.name);
      const db = createDb(settings);
      return { name: entry.name, db, tables: await keyedTables(db, settings.client) };
    }),
  );
  const residents = departments.find((d) => d.name === 'residents');
  if (!residents) throw new Error('residents database missing');
  const others = departments.flatMap((d) => (d.name === 'residents' ? [] : d.tables.filter((t) => t.key === 'atena_no').map((t) => ({ ...t, db: d.db }))));
  return {
    statementsPerHousehold: 2 + others.length,
    async readHousehold(householdNo) {
      const members: { atena_no: string }[] = await residents.db('residents').where({ household_no: householdNo }).select('*');
      await residents.db('households').where({ household_no: householdNo }).first();
      const atenaNos = members.map((m) => m.atena_no);
      const rows = await Promise.all(others.map(({ db, table }) => db(table).whereIn('atena_no', atenaNos).select('*')));
      return members.length + rows.reduce((n, r) => n + r.length, 0);
    },
    async close() {
      await Promise.all(departments.map((d) => d.db.destroy()));
    },
  };
}
