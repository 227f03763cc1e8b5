/**
 * `npm run demo`: creates the demo city if absent, then starts every subgraph (each its own
 * process, as departments run them), the gateway and the portal, and prints the URLs.
 * Idempotent; Ctrl-C stops everything.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { DEPARTMENTS, dataDir, dbSettingsFromEnv, departmentUrl, loadDotEnv, repoRoot } from '@smart-casework/kit';
import { seedCity } from './seed-city';

loadDotEnv();
const children: { name: string; child: ChildProcess }[] = [];
const logDir = join(dataDir(), 'logs');
const verbose = process.env.DEMO_VERBOSE === '1';
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', TURBO_TELEMETRY_DISABLED: '1' };

function start(name: string, command: string, args: string[], cwd = repoRoot): void {
  mkdirSync(logDir, { recursive: true });
  const log = createWriteStream(join(logDir, `${name}.log`), { flags: 'a' });
  const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  for (const stream of [child.stdout, child.stderr]) {
    stream?.pipe(log);
    if (verbose) stream?.on('data', (chunk: Buffer) => process.stdout.write(`[${name}] ${chunk}`));
  }
  child.on('exit', (code, signal) => {
    if (!stopping) {
      console.error(`✖ ${name} exited (${signal ?? code}); see ${join(logDir, `${name}.log`)}`);
      void stopAll(1);
    }
  });
  children.push({ name, child });
}

async function waitFor(name: string, url: string, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (stopping) return;
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (response.status < 500) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`${name} did not come up at ${url} within ${timeoutMs / 1000} s (see ${logDir})`);
}

let stopping = false;
async function stopAll(code: number): Promise<never> {
  stopping = true;
  for (const { child } of children) child.kill('SIGTERM');
  const force = setTimeout(() => children.forEach(({ child }) => child.kill('SIGKILL')), 5000);
  await Promise.all(children.map(({ child }) => (child.exitCode !== null ? undefined : new Promise((r) => child.once('exit', r)))));
  clearTimeout(force);
  process.exit(code);
}
process.on('SIGINT', () => void stopAll(0));
process.on('SIGTERM', () => void stopAll(0));

function cityPresent(): boolean {
  if (!existsSync(join(dataDir(), 'city.json'))) return false;
  return DEPARTMENTS.every(({ name }) => {
    const settings = dbSettingsFromEnv(name);
    return settings.client !== 'better-sqlite3' || existsSync(settings.url);
  });
}

if (!cityPresent()) {
  const residents = Number(process.env.DEMO_RESIDENTS ?? 150_000);
  console.log(`Creating the demo city (${residents.toLocaleString()} residents) under ${dataDir()} …`);
  await seedCity({ residents, seed: Number(process.env.DEMO_SEED ?? 1) });
}

const composed = spawnSync(process.execPath, ['--import', 'tsx', 'gateway/src/compose.ts'], { cwd: repoRoot, env, stdio: 'inherit' });
if (composed.status !== 0) throw new Error('composition failed');

for (const entry of DEPARTMENTS) start(entry.name, process.execPath, ['--import', 'tsx', `subgraphs/${entry.name}/src/index.ts`]);
await Promise.all(DEPARTMENTS.map((entry) => waitFor(entry.name, departmentUrl(entry).replace(/\/graphql$/, '/healthz'))));

const gatewayPort = process.env.GATEWAY_PORT ?? '4000';
start('gateway', process.execPath, ['--import', 'tsx', 'gateway/src/index.ts']);
await waitFor('gateway', `http://localhost:${gatewayPort}/healthz`);

const portalPort = process.env.PORTAL_PORT ?? '3000';
start('web', process.execPath, [join(repoRoot, 'node_modules/next/dist/bin/next'), 'dev', '-p', portalPort], join(repoRoot, 'web'));
await waitFor('web', `http://localhost:${portalPort}/`, 180_000);

console.log(`
Smart Casework demo is running (logs: ${logDir})
  portal   http://localhost:${portalPort}
  gateway  http://localhost:${gatewayPort}/graphql   health: http://localhost:${gatewayPort}/healthz
  subgraphs ${DEPARTMENTS.map((d) => `${d.name} ${departmentUrl(d)}`).join('\n            ')}
Sign in (dev): POST http://localhost:${gatewayPort}/auth/dev-token {"userId":"cw001"}
Ctrl-C stops everything.`);
