// Temporary driver (not committed): the watcher sweep over the seeded city in DATA_DIR.
import { join } from 'node:path';
import { DEPARTMENTS, createDb, dataDir, dbSettingsFromEnv } from '@smart-casework/kit';
import { ProcessGroup } from '../processes';
import { readCityManifest, cityToday } from '../seed-city';
import { benchWatcher } from './watcher';

const OFFSET = 20_000;
const env: NodeJS.ProcessEnv = { GATEWAY_PORT: String(4000 + OFFSET), LOG_LEVEL: 'warn' };
for (const entry of DEPARTMENTS) env[`${entry.name.toUpperCase()}_PORT`] = String(entry.port + OFFSET);
Object.assign(process.env, env);
const manifest = readCityManifest();
if (!manifest) throw new Error('no city');
process.env.SC_TODAY = cityToday(manifest);
const gatewayUrl = `http://127.0.0.1:${env.GATEWAY_PORT}`;
const group = new ProcessGroup(join(dataDir(), 'logs', 'watcher-bench'), { env });
try {
  await group.startDepartments();
  group.start('gateway', ['--import', 'tsx', 'gateway/src/index.ts']);
  await group.waitFor('gateway', `${gatewayUrl}/healthz`);
  const welfare = createDb(dbSettingsFromEnv('welfare'));
  const batch = Number(process.env.B ?? 100);
  const conc = Number(process.env.C ?? 2);
  const result = await benchWatcher(welfare, gatewayUrl, { batchSize: batch, concurrency: conc });
  console.log(JSON.stringify({ batch, conc, households: result.households, baseline: result.firstWasBaseline, firstMs: Math.round(result.first.ms), secondMs: Math.round(result.second.ms), firstNotices: result.first.notices, secondNotices: result.second.notices, unknown: [result.first.unknownSections, result.second.unknownSections] }));
  await welfare.destroy();
} finally {
  await group.stop();
}
