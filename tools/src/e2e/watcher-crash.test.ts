import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDb, migrateLatest, repoRoot, type Knex } from '@smart-casework/kit';
import { generateCity, type City } from '@smart-casework/kit/city';
import { migrations } from '@smart-casework/welfare/migrations';
import { seed } from '@smart-casework/welfare/seed';
import { gatewayClient, runSweep } from '@smart-casework/welfare/watcher/sweep';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type Stack } from '../stack';
import { awardPension, recordDeath, registerVehicle } from './watcher-changes';

const CLI = fileURLToPath(new URL('../../../subgraphs/welfare/src/watcher/cli.ts', import.meta.url));
const KILLS = 6;

/** A welfare database of its own for a watcher: migrated and seeded with the city's cases. */
async function watcherDatabase(file: string, city: City): Promise<Knex> {
  const db = createDb({ client: 'better-sqlite3', url: file });
  await migrateLatest(db, migrations);
  await seed(db, city);
  return db;
}

/** Changes across many households: a vehicle for every head, a pension for every second, a death in every fifth. */
async function changeTheCity(stack: Stack, city: City): Promise<void> {
  const db = (name: string) => stack.departments.get(name)?.db as Knex;
  const assisted = city.households.filter((h) => h.assistance || h.application);
  for (const [i, household] of assisted.entries()) {
    const [first, second] = household.memberAtenaNos;
    if (!first) continue;
    await registerVehicle(db('tax'), first, `試験 580 う ${String(i).padStart(2, '0')}-01`, '2025-09-15');
    if (i % 2 === 0) await awardPension(db('pension'), first, '遺族基礎年金', null, 600_000 + i * 1_000, '2025-09-01');
    if (i % 5 === 0 && second) await recordDeath(db('residents'), second, '2025-09-18');
  }
}

interface CliRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  output: string;
}

/** When to kill: after this many batches were committed, and then this many ms more. */
interface KillPoint {
  batches: number;
  ms: number;
}

const count = (text: string, line: string) => text.split(line).length - 1;

/** The watcher command on the crash database, killed with SIGKILL at `kill` if given. */
function runCli(env: NodeJS.ProcessEnv, kill: KillPoint | null): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CLI, '--once'], { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const onData = (chunk: Buffer) => {
      const before = output;
      output += chunk.toString();
      // Lines are counted from 'sweep started': batches = 0 kills during the first batch.
      const mark = (text: string) => (text.includes('sweep started') ? count(text, 'batch committed') : -1);
      if (kill && mark(before) < kill.batches && mark(output) >= kill.batches) setTimeout(() => child.kill('SIGKILL'), kill.ms);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('error', reject);
    child.on('exit', (code, signal) => resolve({ code, signal, output }));
  });
}

const noticeSet = async (db: Knex) => (await db('change_notices').orderBy('dedupe_key').select('dedupe_key', 'kind', 'atena_no')) as { dedupe_key: string; kind: string; atena_no: string }[];

/** kill -9 at random moments of a sweep, then a full run: every notice exactly once, as from a clean run. */
describe('the watcher killed and rerun', () => {
  let stack: Stack;
  let dir: string;
  let clean: Knex;
  let crashed: Knex;
  let crashFile: string;
  let households = 0;

  beforeAll(async () => {
    const city = generateCity({ residents: 2000, seed: 1 });
    stack = await startStack({ city });
    dir = mkdtempSync(join(tmpdir(), 'sc-watcher-'));
    crashFile = join(dir, 'crashed.sqlite');
    clean = await watcherDatabase(join(dir, 'clean.sqlite'), city);
    crashed = await watcherDatabase(crashFile, city);
    const gateway = gatewayClient(stack.gatewayUrl, undefined);
    for (const db of [clean, crashed]) expect(await runSweep({ db, gateway, holder: 'baseline' })).toMatchObject({ notices: 0, unknownSections: 0 });
    await changeTheCity(stack, city);
    households = (await runSweep({ db: clean, gateway, holder: 'clean', batchSize: 1, concurrency: 1 })).households;
  });
  afterAll(async () => {
    await clean?.destroy();
    await crashed?.destroy();
    await stack?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('gives the notices of a clean run, none lost and none twice', async () => {
    const expected = await noticeSet(clean);
    expect(expected.length).toBeGreaterThan(30);
    expect(new Set(expected.map((n) => n.kind))).toEqual(new Set(['軽自動車取得', '年金受給開始', '死亡']));
    const env = {
      ...process.env, GATEWAY_URL: stack.gatewayUrl, WELFARE_DB_CLIENT: 'better-sqlite3', WELFARE_DB_URL: crashFile,
      WATCH_BATCH: '1', WATCH_CONCURRENCY: '1', WATCH_HOLDER: 'crash-test', LOG_LEVEL: 'debug',
    };
    const partial: number[] = [];
    for (let i = 0; i < KILLS; i += 1) {
      // Anywhere from the first batch to the one before last, and anywhere in the next few ms.
      const run = await runCli(env, { batches: Math.floor(Math.random() * (households - 1)), ms: Math.floor(Math.random() * 20) });
      expect(run.signal, run.output).toBe('SIGKILL');
      partial.push((await noticeSet(crashed)).length);
    }
    const final = await runCli(env, null);
    expect(final.code, final.output).toBe(0);
    expect(final.output).toMatch(/watcher: \d+ households, \d+ notices raised, 0 unknown sections/);
    const got = await noticeSet(crashed);
    expect(got).toEqual(expected);
    // Notices committed before each kill only ever grow and stay within the clean run's.
    expect(partial.every((n, i) => n <= expected.length && n >= (partial[i - 1] ?? 0)), `notices after each kill: ${partial.join(', ')}`).toBe(true);
    expect(await crashed('watch_sweeps').where('status', 'running').count({ n: '*' }).first()).toMatchObject({ n: 0 });
  }, 300_000);
});
