import type { ApolloServer } from '@apollo/server';
import type { Knex } from 'knex';
import { countQueries, createDb, type DbSettings } from '../db';
import type { Caller, Grant, Identity } from '../identity';
import { createLogger } from '../logger';
import { migrateLatest } from '../migrations';
import { createSubgraphServer, type Department, type SubgraphContext } from '../server';

/** Seeded identities of CONTRACT.md, for tests. */
export const TEST_IDENTITIES = {
  cw001: { staffId: 'cw001', name: '試験 ケースワーカー', role: 'caseworker', division: 'welfare' },
  cw002: { staffId: 'cw002', name: '試験 ケースワーカー二', role: 'caseworker', division: 'welfare' },
  sv001: { staffId: 'sv001', name: '試験 査察指導員', role: 'supervisor', division: 'welfare' },
  tax001: { staffId: 'tax001', name: '試験 税務', role: 'tax', division: 'tax' },
  au001: { staffId: 'au001', name: '試験 監査', role: 'auditor', division: 'audit' },
  svc: { staffId: 'svc-watcher', name: '異動検知バッチ', role: 'service', division: 'system' },
} satisfies Record<string, Identity>;

/**
 * A caller as the gateway would sign it. Department tests read any resident (grant `all`);
 * the access tests pass the grant they mean.
 */
export function testCaller(identity: Identity = TEST_IDENTITIES.cw001, purpose: string | null = 'investigation', grant: Grant = 'all'): Caller {
  return { identity, purpose, requestId: 'test', grant };
}

export interface TestSubgraph<L> {
  server: ApolloServer<SubgraphContext<L>>;
  db: Knex;
  /** Runs an operation as `caller`, like the gateway would; returns `{ data, errors }`. */
  execute(query: string, variables?: Record<string, unknown>, caller?: Caller): Promise<{ data?: Record<string, unknown> | null; errors?: readonly { message: string; extensions?: Record<string, unknown> }[] }>;
  stop(): Promise<void>;
}

/** The one test helper for a department: migrated database, started server, `execute`. */
export async function startTestSubgraph<L>(department: Department<L>, settings: DbSettings = { client: 'better-sqlite3', url: ':memory:' }, seed?: (db: Knex) => Promise<void>): Promise<TestSubgraph<L>> {
  const db = createDb(settings);
  await migrateLatest(db, department.migrations);
  if (seed) await seed(db);
  const server = createSubgraphServer(department);
  await server.start();
  const logger = createLogger(`test-${department.name}`);
  return {
    server,
    db,
    async execute(query, variables, caller = testCaller()) {
      const response = await server.executeOperation({ query, variables }, { contextValue: { caller, db, loaders: department.createLoaders(db), logger } });
      if (response.body.kind !== 'single') throw new Error('incremental delivery is not expected here');
      return response.body.singleResult as never;
    },
    async stop() {
      await server.stop();
      await db.destroy();
    },
  };
}

/** How many SQL statements `run` makes on `db`: for the tests that loaders batch (same count for 1 and 6 keys). */
export async function countStatements(db: Knex, run: () => Promise<unknown>): Promise<number> {
  const counter = countQueries(db);
  try {
    await run();
    return counter.count;
  } finally {
    counter.stop();
  }
}

/** A person as a test names it: representations carry birthDate for the departments that @requires it. */
export interface ResidentKey {
  atenaNo: string;
  birthDate?: string;
}

/**
 * Resolves Residents through `_entities`, as the gateway does, and returns each one's
 * departmental section `field` with the given selection; fails on any GraphQL error.
 */
export async function resolveSections<S>(subgraph: Pick<TestSubgraph<unknown>, 'execute'>, field: string, selection: string, persons: readonly ResidentKey[]): Promise<S[]> {
  const query = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Resident { ${field} { ${selection} } } } }`;
  const representations = persons.map((p) => ({ __typename: 'Resident', atenaNo: p.atenaNo, ...(p.birthDate ? { birthDate: p.birthDate } : {}) }));
  const { data, errors } = await subgraph.execute(query, { r: representations });
  if (errors) throw new Error(`_entities failed: ${errors.map((e) => e.message).join('; ')}`);
  return (data?._entities as Record<string, S>[]).map((entity) => entity[field] as S);
}
