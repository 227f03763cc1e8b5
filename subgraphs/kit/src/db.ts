import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import knex, { type Knex } from 'knex';
import { z } from 'zod';
import { dataDir, loadDotEnv } from './config';
import { cacheStatements, type PreparingConnection } from './sqlite-statements';

export type { Knex };

/** The knex clients a department's database may use. */
export const DB_CLIENTS = ['better-sqlite3', 'pg', 'mysql2', 'mssql'] as const;
export type DbClient = (typeof DB_CLIENTS)[number];

export interface DbSettings {
  /** knex client (driver). */
  client: DbClient;
  /** Connection URL for server databases; for SQLite, the file path (`:memory:` allowed). */
  url: string;
  /** PostgreSQL schema to use instead of `public` (tests give each run its own). */
  searchPath?: string;
}

/**
 * Reads `<NAME>_DB_CLIENT` and `<NAME>_DB_URL`; the default is SQLite at `.data/<name>.sqlite`.
 */
export function dbSettingsFromEnv(name: string, env: NodeJS.ProcessEnv = process.env): DbSettings {
  loadDotEnv();
  const prefix = name.toUpperCase();
  const client = z.enum(DB_CLIENTS).default('better-sqlite3').safeParse(env[`${prefix}_DB_CLIENT`] || undefined);
  if (!client.success) {
    throw new Error(`${prefix}_DB_CLIENT must be one of ${DB_CLIENTS.join(', ')} (got "${env[`${prefix}_DB_CLIENT`]}")`);
  }
  const url = env[`${prefix}_DB_URL`];
  if (client.data !== 'better-sqlite3' && !url) throw new Error(`${prefix}_DB_URL is required when ${prefix}_DB_CLIENT is ${client.data}`);
  return { client: client.data, url: url || join(dataDir(), `${name}.sqlite`) };
}

/** Every dialect-specific setting lives here and nowhere else. */
export function createDb(settings: DbSettings): Knex {
  if (settings.client === 'better-sqlite3') {
    if (settings.url !== ':memory:') mkdirSync(join(settings.url, '..'), { recursive: true });
    return knex({
      client: 'better-sqlite3',
      connection: { filename: settings.url },
      useNullAsDefault: true,
      pool: {
        min: 1,
        max: 1,
        afterCreate(conn: PreparingConnection & { pragma(sql: string): unknown }, done: (err: Error | null, conn: unknown) => void) {
          conn.pragma('journal_mode = WAL');
          conn.pragma('synchronous = NORMAL');
          conn.pragma('foreign_keys = ON');
          cacheStatements(conn);
          done(null, conn);
        },
      },
    });
  }
  if (settings.client === 'mysql2') {
    return knex({ client: 'mysql2', connection: { uri: settings.url, charset: 'utf8mb4', supportBigNumbers: true } as Knex.MySql2ConnectionConfig, pool: { min: 0, max: 10 } });
  }
  if (settings.client === 'pg') {
    return knex({ client: 'pg', connection: settings.url, searchPath: settings.searchPath ? [settings.searchPath] : undefined, pool: { min: 0, max: 10 } });
  }
  return knex({ client: 'mssql', connection: settings.url, pool: { min: 0, max: 10 } });
}

/** What the kit uses of a better-sqlite3 connection directly (the audit trail's hot path). */
export interface SqliteConnection {
  prepare(sql: string): SqliteStatement;
  transaction<A extends unknown[], R>(run: (...args: A) => R): { (...args: A): R; immediate(...args: A): R };
}

export interface SqliteStatement {
  run(...params: unknown[]): unknown;
  get(...params: unknown[]): unknown;
}

/** Whether a knex instance is over the embedded SQLite database. */
export function isSqlite(db: Knex): boolean {
  return (db.client as { config?: { client?: unknown } }).config?.client === 'better-sqlite3';
}

/**
 * Runs `use` on the knex instance's own better-sqlite3 connection (pool of one, so nothing else
 * runs on it meanwhile): for a write that better-sqlite3 does synchronously in one transaction
 * faster than knex builds its statements. Server dialects never come here.
 */
export async function onSqliteConnection<T>(db: Knex, use: (conn: SqliteConnection) => T): Promise<T> {
  const client = db.client as { acquireConnection(): Promise<SqliteConnection>; releaseConnection(conn: SqliteConnection): Promise<unknown> };
  const conn = await client.acquireConnection();
  try {
    return use(conn);
  } finally {
    await client.releaseConnection(conn);
  }
}

/**
 * Dates are stored as ISO strings (`YYYY-MM-DD`, date-times as `YYYY-MM-DDTHH:mm:ss.sssZ`)
 * in string columns: they compare and sort correctly as text on every dialect and no driver
 * shifts them by a time zone, as municipal systems' char(8) dates do.
 */
export const DATE_LENGTH = 10;
export const DATETIME_LENGTH = 24;

/** Largest number of bound parameters worth putting in one statement on any dialect (SQL Server: 2100). */
export const MAX_PARAMS = 2000;

/**
 * Runs a `whereIn` query over the distinct keys in chunks that stay under every dialect's
 * parameter limit, and returns all the chunks' rows (in chunk order).
 */
export async function inChunks<K, V>(keys: readonly K[], fetch: (chunk: K[]) => Promise<readonly V[]>): Promise<V[]> {
  const distinct = [...new Set(keys)];
  const rows: V[] = [];
  for (let i = 0; i < distinct.length; i += MAX_PARAMS) rows.push(...(await fetch(distinct.slice(i, i + MAX_PARAMS))));
  return rows;
}

/** Counts the SQL statements a knex instance runs (for tests and the benchmark). */
export function countQueries(db: Knex): { readonly count: number; reset(): void; stop(): void } {
  let count = 0;
  const onQuery = () => {
    count += 1;
  };
  db.on('query', onQuery);
  return {
    get count() {
      return count;
    },
    reset() {
      count = 0;
    },
    stop() {
      db.removeListener('query', onQuery);
    },
  };
}

/**
 * Most rows in one INSERT on any dialect: knex writes a multi-row insert on SQLite as a compound
 * SELECT (at most 500 terms), and SQL Server takes at most 1000 rows in one VALUES list.
 */
const MAX_ROWS_PER_INSERT = 500;

/** Inserts rows (all with the same columns) in chunks that stay under every dialect's parameter and row limits. */
export async function insertChunked(db: Knex | Knex.Transaction, table: string, rows: readonly object[]): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0] ?? {}).length || 1;
  const size = Math.max(1, Math.min(MAX_ROWS_PER_INSERT, Math.floor(MAX_PARAMS / columns)));
  for (let i = 0; i < rows.length; i += size) await db(table).insert(rows.slice(i, i + size));
}

/** Copies an SQLite database file consistently (WAL included): the benchmark works on a copy of the demo's. */
export async function copySqliteDatabase(from: string, to: string): Promise<void> {
  mkdirSync(join(to, '..'), { recursive: true });
  rmSync(to, { force: true });
  for (const suffix of ['-wal', '-shm']) rmSync(`${to}${suffix}`, { force: true });
  const source = createDb({ client: 'better-sqlite3', url: from });
  try {
    await source.raw('vacuum into ?', [to]);
  } finally {
    await source.destroy();
  }
}

const CONFLICT_CODES = new Set([
  'SQLITE_CONSTRAINT_PRIMARYKEY', 'SQLITE_CONSTRAINT_UNIQUE', 'SQLITE_BUSY', 'SQLITE_BUSY_SNAPSHOT', // better-sqlite3
  '23505', '40001', '40P01', // PostgreSQL: unique violation, serialization failure, deadlock
  'ER_DUP_ENTRY', 'ER_LOCK_DEADLOCK', 'ER_LOCK_WAIT_TIMEOUT', // MariaDB/MySQL
]);
const MSSQL_CONFLICTS = new Set([2601, 2627, 1205]);

/**
 * Whether a write failed only because another writer got there first (a unique key taken, a
 * deadlock, a busy SQLite file): the caller may read again and retry.
 */
export function isWriteConflict(error: unknown): boolean {
  const { code, number } = (error ?? {}) as { code?: unknown; number?: unknown };
  return (typeof code === 'string' && CONFLICT_CODES.has(code)) || (typeof number === 'number' && MSSQL_CONFLICTS.has(number));
}
