import { Kind, type DocumentNode } from 'graphql';
import type { Knex } from 'knex';
import { afterAll, beforeAll, describe, it } from 'vitest';
import type { Department } from '../server';
import { TEST_DIALECTS, testDatabases, type TestDatabase, type TestDialect } from './databases';
import { countStatements, resolveSections, startTestSubgraph, type ResidentKey, type TestSubgraph } from './subgraph';

export interface DescribeDepartmentOptions {
  /** Fills the migrated database before the subgraph starts, e.g. `(db) => seed(db, city)`. */
  seed(db: Knex): Promise<void>;
  /** Suite title, `$dialect` standing for the dialect; `<name> subgraph on $dialect` by default. */
  title?: string;
}

/** A departmental section as tests read it: the contract's fields they check typed, the rest open. */
export interface TestSection {
  hasRecord: boolean;
  findings: { code: string; severity: string; message: string }[];
  [field: string]: unknown;
}

/** The codes of a section's findings, in order. */
export function findingCodes(section: Pick<TestSection, 'findings'> | null | undefined): string[] | undefined {
  return section?.findings.map((f) => f.code);
}

/** What a department's integration tests get, once per dialect. */
export interface DepartmentSuite<L> {
  dialect: TestDialect;
  /** `it`, skipped where this dialect's server is not reachable. */
  test: ReturnType<typeof it.skipIf>;
  /** The migrated, seeded and started subgraph; only inside a test. */
  subgraph(): TestSubgraph<L>;
  /** Runs an operation as `caller` (cw001 by default), like the gateway would. */
  execute: TestSubgraph<L>['execute'];
  /** How many SQL statements `run` makes on the subgraph's database. */
  countStatements(run: () => Promise<unknown>): Promise<number>;
  /**
   * A reader of Resident sections `field` through `_entities`, with the representation the
   * gateway would send (the key, plus birthDate where the department @requires it).
   */
  sectionsOf<S = TestSection>(field: string, selection: string): (persons: readonly ResidentKey[]) => Promise<S[]>;
}

let probed: Promise<TestDatabase[]> | undefined;

/** Probes the servers once per test file, however many suites ask. */
async function testDatabase(dialect: TestDialect): Promise<TestDatabase> {
  probed ??= testDatabases();
  const database = (await probed).find((d) => d.dialect === dialect);
  if (!database) throw new Error(`no test database for ${dialect}`);
  return database;
}

/** Whether the department's Resident declares birthDate @external, i.e. the gateway sends it. */
function requiresBirthDate(typeDefs: DocumentNode): boolean {
  return typeDefs.definitions.some(
    (d) => (d.kind === Kind.OBJECT_TYPE_DEFINITION || d.kind === Kind.OBJECT_TYPE_EXTENSION) && d.name.value === 'Resident'
      && (d.fields ?? []).some((f) => f.name.value === 'birthDate' && f.directives?.some((dir) => dir.name.value === 'external')),
  );
}

/**
 * The one way a department's integration tests start: for every dialect, a fresh database,
 * migrated and seeded, with the subgraph started before the tests and dropped after them;
 * `body` registers the tests with the suite's `test`, which skips an unreachable dialect.
 */
export function describeDepartment<L>(department: Department<L>, options: DescribeDepartmentOptions, body: (suite: DepartmentSuite<L>) => void): void {
  const withBirthDate = requiresBirthDate(department.typeDefs);
  const title = options.title ?? `${department.name} subgraph on $dialect`;
  describe.each(TEST_DIALECTS.map((dialect) => ({ dialect })))(title, async ({ dialect }) => {
    const database = await testDatabase(dialect);
    let started: TestSubgraph<L> | undefined;
    let drop = async () => {};
    beforeAll(async () => {
      if (database.skipReason) return;
      const created = await database.create();
      drop = created.drop;
      started = await startTestSubgraph(department, created.settings, options.seed);
    });
    afterAll(async () => {
      await started?.stop();
      await drop();
    });
    const subgraph = (): TestSubgraph<L> => {
      if (!started) throw new Error(`${department.name} subgraph is not started on ${dialect}`);
      return started;
    };
    body({
      dialect,
      test: it.skipIf(database.skipReason),
      subgraph,
      execute: (query, variables, caller) => subgraph().execute(query, variables, caller),
      countStatements: (run) => countStatements(subgraph().db, run),
      sectionsOf: <S>(field: string, selection: string) => (persons: readonly ResidentKey[]) =>
        resolveSections<S>(subgraph(), field, selection, persons.map((p) => (withBirthDate ? p : { atenaNo: p.atenaNo }))),
    });
  });
}
