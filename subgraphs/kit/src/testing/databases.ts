import { randomBytes } from 'node:crypto';
import knex from 'knex';
import type { DbSettings } from '../db';

/** The dialects every suite runs on, in the order testDatabases() gives them. */
export const TEST_DIALECTS = ['sqlite', 'postgres', 'mariadb'] as const;
export type TestDialect = (typeof TEST_DIALECTS)[number];

/** A database a test suite can run against: SQLite always, the servers where reachable. */
export interface TestDatabase {
  dialect: TestDialect;
  /** Why the dialect is skipped, or null when it is available. */
  skipReason: string | null;
  /** Creates a fresh, empty database/schema of its own and returns how to reach it. */
  create(): Promise<{ settings: DbSettings; drop(): Promise<void> }>;
}

const PG_URL = process.env.TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const MARIADB_URL = process.env.TEST_MARIADB_URL ?? 'mysql://root@127.0.0.1:3306/test';

const uniqueName = () => `sc_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;

async function reachable(client: 'pg' | 'mysql2', url: string): Promise<string | null> {
  const db = knex({ client, connection: client === 'pg' ? { connectionString: url, connectionTimeoutMillis: 2000 } : { uri: url, connectTimeout: 2000 } as never, pool: { min: 0, max: 1 } });
  try {
    await db.raw('select 1');
    return null;
  } catch (error) {
    return (error as Error).message;
  } finally {
    await db.destroy();
  }
}

function skipOrFail(dialect: string, url: string, reason: string | null): string | null {
  if (reason === null) return null;
  const message = `${dialect} at ${url.replace(/\/\/[^@]*@/, '//')} is not reachable (${reason})`;
  if (process.env.CI === 'true') throw new Error(`${message}; under CI=true it is required`);
  console.warn(`\n⚠ SKIPPING ${dialect} tests: ${message}\n`);
  return message;
}

/** Resolves which dialects this run can use; call once per test file, at top level. */
export async function testDatabases(): Promise<TestDatabase[]> {
  const [pgReason, myReason] = await Promise.all([reachable('pg', PG_URL), reachable('mysql2', MARIADB_URL)]);
  return [
    {
      dialect: 'sqlite',
      skipReason: null,
      async create() {
        return { settings: { client: 'better-sqlite3', url: ':memory:' }, drop: async () => {} };
      },
    },
    {
      dialect: 'postgres',
      skipReason: skipOrFail('PostgreSQL', PG_URL, pgReason),
      async create() {
        const schema = uniqueName();
        const admin = knex({ client: 'pg', connection: PG_URL, pool: { min: 0, max: 1 } });
        await admin.schema.createSchema(schema);
        await admin.destroy();
        return {
          settings: { client: 'pg', url: PG_URL, searchPath: schema },
          async drop() {
            const again = knex({ client: 'pg', connection: PG_URL, pool: { min: 0, max: 1 } });
            await again.schema.dropSchemaIfExists(schema, true);
            await again.destroy();
          },
        };
      },
    },
    {
      dialect: 'mariadb',
      skipReason: skipOrFail('MariaDB', MARIADB_URL, myReason),
      async create() {
        const database = uniqueName();
        const admin = knex({ client: 'mysql2', connection: { uri: MARIADB_URL } as never, pool: { min: 0, max: 1 } });
        await admin.raw('create database ?? character set utf8mb4 collate utf8mb4_bin', [database]);
        await admin.destroy();
        const url = MARIADB_URL.replace(/\/[^/]*$/, `/${database}`);
        return {
          settings: { client: 'mysql2', url },
          async drop() {
            const again = knex({ client: 'mysql2', connection: { uri: MARIADB_URL } as never, pool: { min: 0, max: 1 } });
            await again.raw('drop database if exists ??', [database]);
            await again.destroy();
          },
        };
      },
    },
  ];
}
