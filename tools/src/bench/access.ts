/**
 * Issue 5's benchmark: the investigation list with access checks and the audit trail on, against
 * the same with them off (ACCESS_CONTROL=off, measurement only), in the same run. Two copies of
 * the services run side by side on ports of their own over the same databases; blocks of
 * requests alternate between them (on off off on, then off on on off) so that drift (caches, CPU
 * clock, the disk) falls on both alike. Same reader, purpose, households, order and concurrency.
 * The "on" services write their audit trail into a database of the benchmark's own, whose chain
 * is verified at the end.
 */
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { AUDIT_TABLE, auditSettingsFromEnv, createDb, dataDir, DEPARTMENTS, verifyAuditChain, type Knex } from '@smart-casework/kit';
import { ProcessGroup } from '../processes';
import type { Member } from './breakdown';
import { addCpu, cpuTimes } from './cpu';
import { devToken, openForInvestigation } from './investigations';
import { loadStats, measure, runLoad, type LoadStats } from './load';
import { thisMachine, type Machine } from './machine';

type Mode = 'on' | 'off';

/** What the report shows of issue 5's measurement. */
export interface AccessTiming {
  measuredAt: string;
  machine: Machine;
  /** Who reads (their reach covers every household measured) and why. */
  reader: { staffId: string; purpose: string };
  households: number;
  /** Households opened for this run by an application (the rest had an open case or application). */
  opened: { registered: number; alreadyOpen: number };
  /** Blocks per mode and concurrency, and requests per block. */
  blocks: number;
  requestsPerBlock: Record<string, number>;
  results: { mode: Mode; stats: LoadStats }[];
  /** on ÷ off per concurrency (latencies; throughput as off ÷ on, so > 1 is slower too). */
  ratios: { concurrency: number; p50: number; p95: number; mean: number; throughput: number }[];
  audit: AuditGrowth & { verification: { ok: boolean; entries: number; problems: string[]; anchored: boolean } };
  /** CPU ms per request by service, over every block (null without /proc): what the checks cost, however busy the machine. */
  cpu: { service: string; on: number; off: number }[] | null;
}

interface AuditGrowth {
  /** The benchmark's audit database (never the demo's). */
  file: string;
  /** Requests measured with the checks on, rows and bytes they added. */
  requests: number;
  rows: number;
  bytes: number;
}

export interface AccessBenchOptions {
  /** The benchmark's environment (rate limits off, its copy of welfare's database …). */
  env: NodeJS.ProcessEnv;
  query: string;
  households: readonly { householdNo: string; members: readonly Member[] }[];
  requests?: { 1: number; 16: number };
  /** Rounds of four blocks (ABBA, then BAAB, …); at least 1. */
  rounds?: number;
}

const PORT_OFFSETS: Record<Mode, number> = { on: 12_000, off: 13_000 };
const READER = { staffId: 'sv001', purpose: 'investigation' };
/** Applications are registered by a caseworker of sv001's team. */
const REGISTRAR = 'cw001';
const round2 = (n: number) => Math.round(n * 100) / 100;

function modeEnv(base: NodeJS.ProcessEnv, mode: Mode, audit: { db: string; anchor: string }): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...base, ACCESS_CONTROL: mode, GATEWAY_PORT: String(4000 + PORT_OFFSETS[mode]), AUDIT_DB_CLIENT: 'better-sqlite3', AUDIT_DB_URL: audit.db, AUDIT_ANCHOR_FILE: audit.anchor };
  for (const entry of DEPARTMENTS) env[`${entry.name.toUpperCase()}_PORT`] = String(entry.port + PORT_OFFSETS[mode]);
  return env;
}

async function startServices(mode: Mode, env: NodeJS.ProcessEnv): Promise<{ group: ProcessGroup; url: string }> {
  const group = new ProcessGroup(join(dataDir(), 'logs', `bench-access-${mode}`), { env });
  await group.startDepartments();
  group.start('gateway', ['--import', 'tsx', 'gateway/src/index.ts']);
  const url = `http://127.0.0.1:${env.GATEWAY_PORT}`;
  await group.waitFor('gateway', `${url}/healthz`);
  return { group, url };
}

function removeSqlite(file: string): void {
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true });
}

/** Rows of the trail and its logical size (pages × page size: the WAL's pages included). */
async function auditSize(db: Knex): Promise<{ rows: number; bytes: number }> {
  const rows = Number((await db(AUDIT_TABLE).count({ n: '*' }).first())?.n ?? 0);
  const [pages] = (await db.raw('pragma page_count')) as { page_count: number }[];
  const [size] = (await db.raw('pragma page_size')) as { page_size: number }[];
  return { rows, bytes: (pages?.page_count ?? 0) * (size?.page_size ?? 0) };
}

/** One investigation-list request as the portal sends it; any error fails the benchmark (a refusal would not be the same work). */
function investigationList(url: string, token: string, options: AccessBenchOptions): (i: number) => Promise<void> {
  return async (i) => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'x-purpose': READER.purpose },
      body: JSON.stringify({ query: options.query, variables: { householdNo: options.households[i % options.households.length]?.householdNo } }),
    });
    const body = (await response.json()) as { errors?: unknown[] };
    if (body.errors) throw new Error(`gateway answered with errors: ${JSON.stringify(body.errors).slice(0, 500)}`);
  };
}

/** The blocks of one round: ABBA, then BAAB, so that a steady drift weighs on both modes alike. */
const roundOrder = (round: number): Mode[] => (round % 2 === 0 ? ['on', 'off', 'off', 'on'] : ['off', 'on', 'on', 'off']);

type Samples = Map<string, { latencies: number[]; elapsedMs: number }>;

interface Target {
  task: (i: number) => Promise<void>;
  group: ProcessGroup;
}

/** Every block of every round at both concurrencies: latencies by mode and concurrency, CPU ms by mode and service. */
async function alternate(targets: Record<Mode, Target>, requests: Record<number, number>, rounds: number): Promise<{ samples: Samples; cpu: Record<Mode, Map<string, number>> }> {
  const samples: Samples = new Map();
  const cpu = { on: new Map<string, number>(), off: new Map<string, number>() };
  for (const concurrency of [1, 16]) {
    for (let round = 0; round < rounds; round += 1) {
      for (const mode of roundOrder(round)) {
        const pids = targets[mode].group.pids();
        const before = cpuTimes(pids);
        const { latencies, elapsedMs } = await measure(targets[mode].task, { concurrency, requests: requests[concurrency] ?? 100 });
        addCpu(cpu[mode], before, cpuTimes(pids));
        const key = `${mode}:${concurrency}`;
        const sample = samples.get(key) ?? { latencies: [], elapsedMs: 0 };
        samples.set(key, { latencies: [...sample.latencies, ...latencies], elapsedMs: sample.elapsedMs + elapsedMs });
      }
    }
  }
  return { samples, cpu };
}

function cpuPerRequest(cpu: Record<Mode, Map<string, number>>, samples: Samples): AccessTiming['cpu'] {
  if (cpu.on.size === 0 || cpu.off.size === 0) return null;
  const requests = (mode: Mode) => [...samples].filter(([key]) => key.startsWith(`${mode}:`)).reduce((n, [, s]) => n + s.latencies.length, 0);
  const [on, off] = [requests('on'), requests('off')];
  return [...cpu.on.keys()].map((service) => ({ service, on: round2((cpu.on.get(service) ?? 0) / on), off: round2((cpu.off.get(service) ?? 0) / off) }));
}

function summariseSamples(samples: Samples): Pick<AccessTiming, 'results' | 'ratios'> {
  const results: AccessTiming['results'] = [];
  const ratios: AccessTiming['ratios'] = [];
  for (const concurrency of [1, 16]) {
    const [on, off] = (['on', 'off'] as const).map((mode) => {
      const sample = samples.get(`${mode}:${concurrency}`) ?? { latencies: [], elapsedMs: 1 };
      const stats = loadStats(concurrency, sample.latencies, sample.elapsedMs);
      results.push({ mode, stats });
      return stats;
    }) as [LoadStats, LoadStats];
    ratios.push({ concurrency, p50: round2(on.p50Ms / off.p50Ms), p95: round2(on.p95Ms / off.p95Ms), mean: round2(on.meanMs / off.meanMs), throughput: round2(off.throughputPerSec / on.throughputPerSec) });
  }
  return { results, ratios };
}

async function verifyTrail(env: NodeJS.ProcessEnv, file: string): Promise<AccessTiming['audit']['verification']> {
  const settings = auditSettingsFromEnv(env);
  const db = createDb({ client: 'better-sqlite3', url: file });
  try {
    const result = await verifyAuditChain(db, settings.key, { anchorFile: settings.anchorFile });
    return { ok: result.ok, entries: result.count, problems: result.problems.map((p) => `seq ${p.seq} ${p.kind}: ${p.message}`).slice(0, 20), anchored: result.anchor !== null };
  } finally {
    await db.destroy();
  }
}

/** Runs issue 5's measurement: starts both copies of the services, measures, stops them, verifies the trail. */
export async function benchAccess(options: AccessBenchOptions): Promise<AccessTiming> {
  const benchDir = join(dataDir(), 'bench');
  const audit = { db: join(benchDir, 'access-audit.sqlite'), anchor: join(benchDir, 'access-audit-anchor.json') };
  // Each run starts a chain of its own: the file and its anchor go together.
  removeSqlite(audit.db);
  rmSync(audit.anchor, { force: true });
  const envs = { on: modeEnv(options.env, 'on', audit), off: modeEnv(options.env, 'off', { db: join(benchDir, 'access-audit-off.sqlite'), anchor: join(benchDir, 'access-audit-off-anchor.json') }) };
  const rounds = Math.max(1, options.rounds ?? 2);
  const requests = options.requests ?? { 1: 150, 16: 400 };
  const started: ProcessGroup[] = [];
  let growth: AuditGrowth;
  let samples: Samples;
  let cpu: AccessTiming['cpu'];
  let opened: AccessTiming['opened'];
  try {
    const on = await startServices('on', envs.on);
    started.push(on.group);
    const off = await startServices('off', envs.off);
    started.push(off.group);
    opened = await openForInvestigation({ gatewayUrl: on.url, caseworkerId: REGISTRAR, households: options.households });
    const targets: Record<Mode, Target> = {
      on: { task: investigationList(on.url, await devToken(on.url, READER.staffId), options), group: on.group },
      off: { task: investigationList(off.url, await devToken(off.url, READER.staffId), options), group: off.group },
    };
    for (const mode of ['on', 'off'] as const) await runLoad(targets[mode].task, { concurrency: 4, requests: 100 }); // warm-up: plans, connections, reach
    if (!existsSync(audit.db)) throw new Error(`the "on" gateway wrote no audit database at ${audit.db}`);
    const reader = createDb({ client: 'better-sqlite3', url: audit.db });
    try {
      const before = await auditSize(reader);
      const measured = await alternate(targets, requests, rounds);
      samples = measured.samples;
      cpu = cpuPerRequest(measured.cpu, samples);
      const after = await auditSize(reader);
      const onRequests = [...samples].filter(([key]) => key.startsWith('on:')).reduce((n, [, s]) => n + s.latencies.length, 0);
      growth = { file: audit.db, requests: onRequests, rows: after.rows - before.rows, bytes: after.bytes - before.bytes };
    } finally {
      await reader.destroy();
    }
  } finally {
    // Stopping the "on" gateway flushes the writer and its anchor before the chain is verified.
    for (const group of started.reverse()) await group.stop();
  }
  const verification = await verifyTrail(envs.on, audit.db);
  return {
    measuredAt: new Date().toISOString(),
    machine: thisMachine(),
    reader: READER,
    households: options.households.length,
    opened,
    blocks: rounds * 2,
    requestsPerBlock: { 1: requests[1], 16: requests[16] },
    ...summariseSamples(samples),
    audit: { ...growth, verification },
    cpu,
  };
}
