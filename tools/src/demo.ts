/**
 * `npm run demo`: creates the demo city if absent, then starts every subgraph (each its own
 * process, as departments run them), the gateway and the portal, and prints the URLs.
 * Idempotent; Ctrl-C stops everything.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { DEPARTMENTS, dataDir, departmentUrl, loadDotEnv, repoRoot } from '@smart-casework/kit';
import { cityPresent } from './city-state';
import { buildPortal, portalProcess } from './portal';
import { ProcessGroup } from './processes';
import { cityToday, readCityManifest, seedCity } from './seed-city';

loadDotEnv();
const logDir = join(dataDir(), 'logs');
const group = new ProcessGroup(logDir, { verbose: process.env.DEMO_VERBOSE === '1', onCrash: () => void shutdown(1) });

async function shutdown(code: number): Promise<never> {
  await group.stop();
  process.exit(code);
}
process.on('SIGINT', () => void shutdown(0));
process.on('SIGTERM', () => void shutdown(0));

if (!cityPresent()) {
  const residents = Number(process.env.DEMO_RESIDENTS ?? 150_000);
  console.log(`Creating the demo city (${residents.toLocaleString()} residents) under ${dataDir()} …`);
  await seedCity({ residents, seed: Number(process.env.DEMO_SEED ?? 1) });
}

// The demo's clock: the departments' rules judge "today" as the day the city describes, so that
// validity periods, reviews and deadlines read as they would on that day (SC_TODAY overrides).
const manifest = readCityManifest();
if (manifest) process.env.SC_TODAY ??= cityToday(manifest);

const composed = spawnSync(process.execPath, ['--import', 'tsx', 'gateway/src/compose.ts'], { cwd: repoRoot, stdio: 'inherit' });
if (composed.status !== 0) {
  console.error('✖ supergraph composition failed (see above)');
  process.exit(1);
}

// A failure while starting (a port taken, the portal build failing) must not leave services behind.
const gatewayPort = process.env.GATEWAY_PORT ?? '4000';
const portalPort = Number(process.env.PORTAL_PORT ?? 3000);
try {
  await group.startDepartments();
  group.start('gateway', ['--import', 'tsx', 'gateway/src/index.ts']);
  await group.waitFor('gateway', `http://localhost:${gatewayPort}/healthz`);
  // The change watcher sweeps every WATCH_INTERVAL_MS (5 minutes by default) through the gateway;
  // `npm run watch -- --once` runs a sweep at once beside it (the lease keeps the two apart).
  group.start('watcher', ['--import', 'tsx', 'tools/src/watch.ts'], undefined, { GATEWAY_URL: `http://localhost:${gatewayPort}` });
  // The portal as caseworkers get it: a production build (cached by turbo after the first run).
  // Developers who edit it run `npm run dev -w web` beside the demo instead.
  console.log('Building the portal (about 20 s the first time, cached afterwards) …');
  await buildPortal();
  const portal = portalProcess(portalPort, `http://localhost:${gatewayPort}`);
  group.start('web', portal.args, portal.cwd, portal.env);
  await group.waitFor('web', `http://localhost:${portalPort}/signin`, 120_000);
} catch (error) {
  console.error(`✖ ${error instanceof Error ? error.message : String(error)}`);
  await shutdown(1);
}

console.log(`
Smart Casework demo is running (logs: ${logDir})
  city       ${readCityManifest()?.residents.toLocaleString()} residents as of ${process.env.SC_TODAY}
  portal     http://localhost:${portalPort}
  gateway    http://localhost:${gatewayPort}/graphql   (health: http://localhost:${gatewayPort}/healthz)
  subgraphs  ${DEPARTMENTS.map((d) => `${d.name.padEnd(10)} ${departmentUrl(d)}`).join('\n             ')}
  watcher    sweeps every ${Math.round(Number(process.env.WATCH_INTERVAL_MS ?? 300_000) / 60_000)} min; now: npm run watch -- --once   (changes: npm run simulate -- --days 30)
Sign in (dev): curl -X POST -H 'content-type: application/json' -d '{"userId":"cw001"}' http://localhost:${gatewayPort}/auth/dev-token
Ctrl-C stops everything.`);
