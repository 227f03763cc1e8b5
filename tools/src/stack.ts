/**
 * The whole system in one process for end-to-end tests and the benchmark: every department's
 * subgraph on an ephemeral port over its own database, seeded with one city, and the gateway
 * over the supergraph of exactly those departments.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { auditSettingsFromEnv, DEPARTMENTS, openAuditDb, startDepartment, type AuditSettings, type DbSettings, type Department, type DepartmentEntry, type Knex } from '@smart-casework/kit';
import { generateCity, type City } from '@smart-casework/kit/city';
import { startGateway } from '@smart-casework/gateway';
import { composeSupergraph } from '@smart-casework/gateway/compose';
import type { GatewayConfig } from '@smart-casework/gateway/config';

/** A database per department: created (empty) by the stack, dropped when it stops. */
export type DatabaseFactory = (name: string) => Promise<{ settings: DbSettings; drop(): Promise<void> }>;

export interface StackOptions {
  /** The city every department is seeded with (default: the generated city of 2,000 residents, seed 1). */
  city?: City;
  /** `sqlite-memory` (default) or a factory, e.g. `() => database.create()` of kit testDatabases. */
  databases?: 'sqlite-memory' | DatabaseFactory;
  /** Only these departments (default: every department whose package has an app). */
  only?: readonly string[];
  /** Gateway settings on top of the environment's (AUTH_MODE is always dev here). */
  gateway?: Partial<GatewayConfig>;
  /**
   * `memory` (default): the gateway and each subgraph audit into an in-memory database of their
   * own. `shared`: one SQLite file under the OS temp dir that the gateway, every subgraph's
   * record of direct calls and the audit subgraph share, as one audit database does in production.
   */
  audit?: 'memory' | 'shared';
  /** INTERNAL_TOKEN_SECRET of the subgraphs and the gateway (default: the environment's, i.e. the dev one). */
  internalSecret?: string;
}

/** The audit database every part of a `shared` stack writes to. */
export interface StackAudit {
  /** A connection of the test's own, to read what was recorded. */
  db: Knex;
  /** Where it is and the chain key (for verifyAuditChain). */
  settings: AuditSettings;
}

export interface StackDepartment {
  url: string;
  db: Knex;
  /** Stops the subgraph (idempotent): its sections become unavailable. */
  stop(): Promise<void>;
}

export interface Stack {
  gatewayUrl: string;
  /** The supergraph the gateway serves (a second gateway over the same subgraphs uses it too). */
  supergraphSdl: string;
  city: City;
  departments: Map<string, StackDepartment>;
  /** The shared audit database (`audit: 'shared'`), else null. */
  audit: StackAudit | null;
  /** A dev token for a seeded staff member, from the gateway's `/auth/dev-token`. */
  token(userId: string): Promise<string>;
  stop(): Promise<void>;
}

const memory: DatabaseFactory = async () => ({ settings: { client: 'better-sqlite3', url: ':memory:' }, drop: async () => {} });

function once(fn: () => Promise<void>): () => Promise<void> {
  let done: Promise<void> | undefined;
  return () => (done ??= fn());
}

function isDepartment(value: unknown, name: string): value is Department<unknown> {
  return typeof value === 'object' && value !== null && (value as { name?: unknown }).name === name && 'typeDefs' in value && 'createLoaders' in value;
}

type Seed = (db: Knex, city: City) => Promise<void>;

/** The audit subgraph's log starts empty: the gateway fills it as the tests make requests. */
const noSeed: Seed = async () => {};

/** A department's `Department` value and `seed`, from `@smart-casework/<name>/app` and `/seed`. */
async function loadDepartment({ name, kind }: DepartmentEntry) {
  const app = (await import(`@smart-casework/${name}/app`)) as Record<string, unknown>;
  const department = Object.values(app).find((value) => isDepartment(value, name));
  if (!department) throw new Error(`@smart-casework/${name}/app exports no Department named "${name}"`);
  const seed = kind === 'department' ? ((await import(`@smart-casework/${name}/seed`)) as { seed: Seed }).seed : noSeed;
  return { department, seed };
}

type Loaded = Awaited<ReturnType<typeof loadDepartment>>;

/**
 * Every department that loads; one still being written (no app, or an app that does not load
 * yet) is left out with a warning, except under CI=true or when asked for by name.
 */
async function loadDepartments(only: readonly string[] | undefined): Promise<Map<string, Loaded>> {
  const loaded = new Map<string, Loaded>();
  const missing: string[] = [];
  for (const entry of DEPARTMENTS) {
    const { name } = entry;
    if (only && !only.includes(name)) continue;
    try {
      loaded.set(name, await loadDepartment(entry));
    } catch (error) {
      if (only || process.env.CI === 'true') throw error;
      missing.push(`${name} (${(error as Error).message.split('\n')[0]})`);
    }
  }
  if (missing.length > 0) console.warn(`\n⚠ startStack: running WITHOUT departments that do not load yet:\n  ${missing.join('\n  ')}\n`);
  return loaded;
}

async function startOne(name: string, { department, seed }: Loaded, city: City, databases: DatabaseFactory, cleanups: (() => Promise<void>)[]): Promise<StackDepartment> {
  const database = await databases(name);
  cleanups.push(database.drop);
  const running = await startDepartment(department, { port: 0, db: database.settings });
  const stop = once(running.stop);
  cleanups.push(stop);
  await seed(running.db, city);
  return { url: running.url, db: running.db, stop };
}

async function requestToken(gatewayUrl: string, userId: string): Promise<string> {
  const response = await fetch(new URL('/auth/dev-token', gatewayUrl), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ userId }) });
  const body = (await response.json()) as { token?: string; error?: string };
  if (!response.ok || !body.token) throw new Error(`dev token for ${userId}: HTTP ${response.status} ${body.error ?? ''}`);
  return body.token;
}

/**
 * Sets environment variables for the stack's lifetime (process-wide: vitest gives each test
 * file a process of its own); returns the cleanup that puts the environment back.
 */
function setEnv(vars: Record<string, string>): () => Promise<void> {
  const before = new Map(Object.keys(vars).map((key) => [key, process.env[key]]));
  Object.assign(process.env, vars);
  return async () => {
    for (const [key, value] of before) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  };
}

/**
 * A department that reads another itself (welfare reads the registry when an application is
 * registered) finds it by `<NAME>_URL`, as in production: here, these ephemeral ports.
 */
function pointDepartmentsAt(started: readonly (readonly [string, StackDepartment])[]): () => Promise<void> {
  return setEnv(Object.fromEntries(started.map(([name, department]) => [`${name.toUpperCase()}_URL`, department.url])));
}

/**
 * One audit database file for the whole stack. The subgraphs open theirs from AUDIT_DB_* on the
 * first direct call and the gateway at start-up, so the variables stay set until the stack stops.
 */
async function sharedAudit(cleanups: (() => Promise<void>)[]): Promise<StackAudit> {
  const dir = mkdtempSync(join(tmpdir(), 'sc-stack-audit-'));
  cleanups.push(async () => rmSync(dir, { recursive: true, force: true }));
  cleanups.push(setEnv({ AUDIT_DB_CLIENT: 'better-sqlite3', AUDIT_DB_URL: join(dir, 'audit.sqlite'), AUDIT_ANCHOR_FILE: join(dir, 'audit-anchor.json') }));
  const settings = auditSettingsFromEnv();
  // Migrated here, before anything else opens it, so no two openers race for the migration lock.
  const db = await openAuditDb(settings.db);
  cleanups.push(() => db.destroy());
  return { db, settings };
}

/** The audit subgraph of a shared stack reads the shared database; every other department gets its own. */
function databasesFor(databases: DatabaseFactory, audit: StackAudit | null): DatabaseFactory {
  if (!audit) return databases;
  return async (name) => (name === 'audit' ? { settings: audit.settings.db, drop: async () => {} } : databases(name));
}

export async function startStack(options: StackOptions = {}): Promise<Stack> {
  const loaded = await loadDepartments(options.only);
  const names = [...loaded.keys()];
  const city = options.city ?? generateCity({ residents: 2000, seed: 1 });
  // Stopped in reverse: gateway first, then subgraphs, then their databases, then the environment.
  const cleanups: (() => Promise<void>)[] = [];
  const stop = once(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  });
  try {
    if (options.internalSecret) cleanups.push(setEnv({ INTERNAL_TOKEN_SECRET: options.internalSecret }));
    const audit = options.audit === 'shared' ? await sharedAudit(cleanups) : null;
    const databases = databasesFor(options.databases === undefined || options.databases === 'sqlite-memory' ? memory : options.databases, audit);
    const started = await Promise.all([...loaded].map(async ([name, modules]) => [name, await startOne(name, modules, city, databases, cleanups)] as const));
    const departments = new Map(started);
    cleanups.push(pointDepartmentsAt(started));
    const { supergraphSdl } = composeSupergraph(names);
    const urls = Object.fromEntries(started.map(([name, d]) => [name, d.url]));
    const gateway = await startGateway({ port: 0, supergraphSdl, urls, config: { ...options.gateway, AUTH_MODE: 'dev' } });
    cleanups.push(gateway.stop);
    return { gatewayUrl: gateway.url, supergraphSdl, city, departments, audit, token: (userId) => requestToken(gateway.url, userId), stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
