/**
 * `npm run bench`: the investigation query for households of 4 (every member, every section)
 * through the gateway, against a direct-SQL baseline over the same databases, measured in the
 * same run; then the caseworker's flow in Chromium against the built portal (search submit →
 * investigation list); the change notices; the same query with access checks and the audit
 * trail on and off. Writes docs/benchmarks/latest.md and latest.json.
 *
 * `npm run bench -- --only access` measures issue 5's part alone and puts it into the last report.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { DEPARTMENTS, copySqliteDatabase, createDb, dataDir, dbSettingsFromEnv, departmentUrl, loadDotEnv, repoRoot, type Knex } from '@smart-casework/kit';
import { cityPresent } from '../city-state';
import { ProcessGroup } from '../processes';
import { cityToday, readCityManifest, seedCity } from '../seed-city';
import { benchAccess, type AccessTiming } from './access';
import { timeDepartments, type Member } from './breakdown';
import { openDirectSql } from './direct-sql';
import { investigationQuery } from './investigation-query';
import { devToken, openForInvestigation } from './investigations';
import { runLoad, type LoadStats } from './load';
import { benchNoticeLatency, benchSweeps } from './notices';
import { benchPortal } from './portal';
import { readLatest, writeReport, type LargeCitySweep } from './report';

loadDotEnv();
const PARTS = ['access'] as const;
/** `--only <part>` (or `--only=<part>`): that part alone; null: everything. */
function onlyPart(argv: readonly string[]): (typeof PARTS)[number] | null {
  const index = argv.findIndex((a) => a === '--only' || a.startsWith('--only='));
  if (index < 0) return null;
  const value = argv[index]?.includes('=') ? argv[index]?.slice('--only='.length) : argv[index + 1];
  const part = PARTS.find((p) => p === value);
  if (!part) throw new Error(`--only takes one of: ${PARTS.join(', ')} (got "${value ?? ''}")`);
  return part;
}
const ONLY = onlyPart(process.argv.slice(2));
const REQUESTS = { 1: Number(process.env.BENCH_REQUESTS_C1 ?? 300), 16: Number(process.env.BENCH_REQUESTS_C16 ?? 1600) };
const PORT_OFFSET = 10_000;

// The benchmark runs its own processes on ports beside the demo's, so both can run at once.
// The benchmark measures throughput: thousands of requests a minute as one user, past any rate limit.
const env: NodeJS.ProcessEnv = { GATEWAY_PORT: String(4000 + PORT_OFFSET), LOG_LEVEL: 'warn', RATE_LIMIT_PER_MINUTE: '0', RATE_LIMIT_SERVICE_PER_MINUTE: '0' };
for (const entry of DEPARTMENTS) env[`${entry.name.toUpperCase()}_PORT`] = String(entry.port + PORT_OFFSET);
const gatewayUrl = `http://127.0.0.1:${env.GATEWAY_PORT}`;
// The benchmark's disclosures go into an audit trail of its own, new each run, never the demo's.
env.AUDIT_DB_CLIENT = 'better-sqlite3';
env.AUDIT_DB_URL = join(dataDir(), 'bench', 'audit.sqlite');
env.AUDIT_ANCHOR_FILE = join(dataDir(), 'bench', 'audit-anchor.json');
for (const file of [env.AUDIT_DB_URL, `${env.AUDIT_DB_URL}-wal`, `${env.AUDIT_DB_URL}-shm`, env.AUDIT_ANCHOR_FILE]) rmSync(file, { force: true });

if (!cityPresent()) await seedCity({ residents: Number(process.env.DEMO_RESIDENTS ?? 150_000), seed: Number(process.env.DEMO_SEED ?? 1) });
const city = readCityManifest();
if (!city) throw new Error('no demo city: run npm run seed');
process.env.SC_TODAY ??= cityToday(city);
if (spawnSync(process.execPath, ['--import', 'tsx', 'gateway/src/compose.ts'], { cwd: repoRoot, stdio: 'inherit' }).status !== 0) process.exit(1);

// The watcher's snapshots and the benchmark's notices go into a copy of welfare's database, so
// the demo's inbox stays as it was (a server database is used as configured).
const welfareSettings = dbSettingsFromEnv('welfare');
if (welfareSettings.client === 'better-sqlite3') {
  env.WELFARE_DB_URL = join(dataDir(), 'bench', 'welfare.sqlite');
  await copySqliteDatabase(welfareSettings.url, env.WELFARE_DB_URL);
}
const benchWelfare: Knex = createDb(env.WELFARE_DB_URL ? { client: 'better-sqlite3', url: env.WELFARE_DB_URL } : welfareSettings);
for (const table of ['watch_snapshots', 'watch_leases', 'watch_sweeps']) await benchWelfare(table).delete();

/** A household of cw001's caseload, for notices the latency measure raises. */
async function caseloadResident(caseworkerId: string): Promise<{ atenaNo: string; householdNo: string }> {
  const row = (await benchWelfare('cases').join('case_members', 'case_members.case_no', 'cases.case_no').where({ 'cases.caseworker_id': caseworkerId, 'case_members.case_role': '世帯主' }).orderBy('cases.case_no').first('case_members.atena_no', 'cases.household_no')) as { atena_no: string; household_no: string } | undefined;
  if (!row) throw new Error(`${caseworkerId} has no case`);
  return { atenaNo: row.atena_no, householdNo: row.household_no };
}

/** The 1,000,000-resident sweep runs as its own process over a city of its own (BENCH_LARGE=0 leaves it out). */
function benchLargeCity(): LargeCitySweep | { skipped: string } {
  if (process.env.BENCH_LARGE === '0') return { skipped: 'BENCH_LARGE=0' };
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'tools/src/bench/large-city.ts'], { cwd: repoRoot, env: { ...process.env, DATA_DIR: join(dataDir(), 'bench-1m'), SC_TODAY: '' }, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const last = run.stdout.trim().split('\n').at(-1) ?? '';
  if (run.status !== 0 || !last.startsWith('{')) throw new Error(`the large-city sweep failed (exit ${run.status})`);
  return JSON.parse(last) as LargeCitySweep;
}

/** Households of 4 with their members' keys, straight from the registry's database. */
async function householdsOfFour(limit: number): Promise<{ householdNo: string; members: Member[] }[]> {
  const db = createDb(dbSettingsFromEnv('residents'));
  const rows: { household_no: string }[] = await db('residents').select('household_no').groupBy('household_no').havingRaw('count(*) = ?', [4]).orderBy('household_no').limit(limit);
  const members: { household_no: string; atena_no: string; birth_date: string }[] = await db('residents').whereIn('household_no', rows.map((r) => r.household_no)).select('household_no', 'atena_no', 'birth_date');
  await db.destroy();
  return rows.map((r) => ({ householdNo: r.household_no, members: members.filter((m) => m.household_no === r.household_no).map((m) => ({ atenaNo: m.atena_no, birthDate: m.birth_date })) }));
}

async function statementsSoFar(): Promise<number> {
  const counts = await Promise.all(DEPARTMENTS.map(async (entry) => {
    const health = (await (await fetch(departmentUrl(entry, { ...process.env, ...env }).replace(/\/graphql$/, '/healthz'))).json()) as { statements?: number };
    return (health.statements ?? 0) - 1; // minus the health check's own `select 1`
  }));
  return counts.reduce((a, b) => a + b, 0);
}

const apiSdl = readFileSync(join(repoRoot, 'gateway/supergraph.api.graphql'), 'utf8');
const query = investigationQuery(apiSdl);
const sample = await householdsOfFour(50);
const households = sample.map((h) => h.householdNo);
if (households.length === 0) throw new Error('the city has no household of 4');

/** Issue 5's part (BENCH_ACCESS=0 leaves it out): its own services, on and off. */
async function accessPart(): Promise<AccessTiming | { skipped: string }> {
  if (process.env.BENCH_ACCESS === '0') return { skipped: 'BENCH_ACCESS=0' };
  return benchAccess({ env, query, households: sample, rounds: Number(process.env.BENCH_ACCESS_ROUNDS ?? 2) });
}

if (ONLY === 'access') {
  try {
    const latest = readLatest();
    if (!latest) throw new Error('docs/benchmarks/latest.json is missing: run the whole `npm run bench` once');
    const file = await writeReport({ ...latest.result, access: await accessPart() }, { measuredAt: latest.measuredAt, machine: latest.machine });
    console.log(`issue 5's measurement written to ${file}`);
  } finally {
    await benchWelfare.destroy();
  }
  process.exit(0);
}

const group = new ProcessGroup(join(dataDir(), 'logs', 'bench'), { env });
try {
  await group.startDepartments();
  group.start('gateway', ['--import', 'tsx', 'gateway/src/index.ts']);
  await group.waitFor('gateway', `${gatewayUrl}/healthz`);
  // With access control on, sv001 reads only the team's households: applications open the sample's.
  await openForInvestigation({ gatewayUrl, caseworkerId: 'cw001', households: sample });
  const token = await devToken(gatewayUrl, 'sv001');

  const viaGateway = async (i: number) => {
    const response = await fetch(`${gatewayUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'x-purpose': 'investigation' },
      body: JSON.stringify({ query, variables: { householdNo: households[i % households.length] } }),
    });
    const body = (await response.json()) as { errors?: unknown[] };
    if (body.errors) throw new Error(`gateway answered with errors: ${JSON.stringify(body.errors).slice(0, 500)}`);
  };
  const direct = await openDirectSql();
  const viaSql = async (i: number) => void (await direct.readHousehold(households[i % households.length] ?? ''));

  await runLoad(viaGateway, { concurrency: 4, requests: 100 }); // warm-up: plans cached, connections open
  await runLoad(viaSql, { concurrency: 4, requests: 100 });
  const before = await statementsSoFar();
  await runLoad(viaGateway, { concurrency: 1, requests: households.length });
  const gatewayStatements = ((await statementsSoFar()) - before) / households.length;

  const results: { target: string; stats: LoadStats }[] = [];
  for (const concurrency of [1, 16] as const) {
    results.push({ target: 'gateway', stats: await runLoad(viaGateway, { concurrency, requests: REQUESTS[concurrency] }) });
    results.push({ target: 'direct-sql', stats: await runLoad(viaSql, { concurrency, requests: REQUESTS[concurrency] }) });
  }
  await direct.close();
  const departments = await timeDepartments({ apiSdl, households: sample, requests: 200, urlOf: (entry) => departmentUrl(entry, { ...process.env, ...env }) });
  const sweeps = await benchSweeps({ gatewayUrl, welfare: benchWelfare });
  const cwToken = await devToken(gatewayUrl, 'cw001');
  const latency = await benchNoticeLatency({ gatewayUrl, welfare: benchWelfare, token: cwToken, resident: await caseloadResident('cw001'), caseworkerId: 'cw001', supervisorId: 'sv001' });
  const portal = await benchPortal({ gatewayUrl, token, port: 3000 + PORT_OFFSET, households: Number(process.env.BENCH_PORTAL_HOUSEHOLDS ?? 30) });
  const access = await stopThen(accessPart);
  const file = await writeReport({ city, query, households: households.length, results, statements: { gateway: gatewayStatements, directSql: direct.statementsPerHousehold }, departments, portal, notices: { sweeps, latency, large: await stopThen(benchLargeCity) }, access });
  console.log(`benchmark written to ${file}`);
} finally {
  await group.stop();
  await benchWelfare.destroy();
}

/** The large city and the access part need the machine to themselves: the main services stop first. */
async function stopThen<T>(run: () => T | Promise<T>): Promise<T> {
  await group.stop();
  return run();
}
