// Temporary probe (not committed): time the watch query per section.
import { join } from 'node:path';
import { DEPARTMENTS, createDb, dataDir, dbSettingsFromEnv } from '@smart-casework/kit';
import { watchTargets } from '@smart-casework/welfare/watch-targets';
import { gatewayClient } from '@smart-casework/welfare/watcher/sweep';
import { WATCH_QUERY } from '../../../subgraphs/welfare/src/watcher/query';
import { ProcessGroup } from '../processes';
import { readCityManifest, cityToday } from '../seed-city';

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
  const targets = (await watchTargets(welfare)).slice(0, 100).map((t) => t.householdNo);
  const client = gatewayClient(gatewayUrl, undefined);
  const sections = ['tax', 'healthInsurance', 'pension', 'childBenefits', 'longTermCare', 'disability'];
  const variants: [string, string][] = [['full', WATCH_QUERY]];
  for (const s of sections) variants.push([`no ${s}`, WATCH_QUERY.replace(new RegExp(`\\n\\s*${s} \\{ \\.\\.\\.\\w+ \\}`), '')]);
  variants.push(['full again', WATCH_QUERY]);
  if (0) variants.push(['registry only', sections.reduce((q, s) => q.replace(new RegExp(`\\n\\s*${s} \\{ \\.\\.\\.\\w+ \\}`), ''), WATCH_QUERY).replace(/\n\s*fragment Watch(Tax|Insurance|Pension|Child|Care|Disability)[^}]*(\{[^}]*\}[^}]*)*\}/g, '')]);
  for (const [name, q] of variants) {
    const cleaned = name.startsWith('full') ? q : q.replace(/fragment (\w+) on \w+ \{[\s\S]*?\n  \}\n/g, (m, f) => (q.includes(`...${f}`) ? m : ''));
    for (let i = 0; i < 2; i++) await client.request(cleaned, { householdNos: targets, knownAtenaNos: [] });
    const t = performance.now();
    for (let i = 0; i < 5; i++) {
      const a = await client.request(cleaned, { householdNos: targets, knownAtenaNos: [] });
      if (a.errors.length) console.log(name, a.errors[0]);
    }
    console.log(name, Math.round((performance.now() - t) / 5), 'ms');
  }
  await welfare.destroy();
} finally {
  await group.stop();
}
