/**
 * The watcher at scale (issue 4): a sweep of 50,000 watched households in a city of 1,000,000.
 * Run by `npm run bench` as its own process with DATA_DIR pointing at a city of its own
 * (.data/bench-1m): it seeds that city once, raises the caseload to the target by opening cases
 * for further households (the generator's 1.62 % gives about 16,000), starts every service on
 * ports of its own and times a baseline sweep and a steady-state sweep. Prints one JSON line.
 */
import { join } from 'node:path';
import { DEPARTMENTS, createDb, dataDir, dbSettingsFromEnv, type Knex } from '@smart-casework/kit';
import { cityPresent } from '../city-state';
import { ProcessGroup } from '../processes';
import { readCityManifest, seedCity } from '../seed-city';
import { benchSweeps } from './notices';

const RESIDENTS = Number(process.env.BENCH_LARGE_RESIDENTS ?? 1_000_000);
const CASES = Number(process.env.BENCH_LARGE_CASES ?? 50_000);
const PORT_OFFSET = 20_000;

/** Opens cases (保護中) for households without one until `target` households are watched; returns how many the benchmark has opened in all. */
async function raiseCaseload(welfare: Knex, residents: Knex, target: number, startedOn: string): Promise<number> {
  const open = Number((await welfare('cases').whereIn('status', ['保護中', '停止中']).count({ n: '*' }).first())?.n ?? 0);
  const opened = async () => Number((await welfare('cases').whereLike('case_no', 'B%').count({ n: '*' }).first())?.n ?? 0);
  if (open >= target) return opened();
  const assisted = new Set((await welfare('cases').select('household_no')).map((r: { household_no: string }) => r.household_no));
  const households: string[] = (await residents('households').select('household_no').orderBy('household_no')).map((r: { household_no: string }) => r.household_no).filter((h: string) => !assisted.has(h));
  const caseworkers: string[] = (await welfare('staff').where({ role: 'caseworker' }).orderBy('staff_id').select('staff_id')).map((r: { staff_id: string }) => r.staff_id);
  const grade = ((await welfare('cases').select('grade').first()) as { grade?: string } | undefined)?.grade ?? '2級地-1';
  const added = households.slice(0, target - open).map((householdNo, i) => ({
    case_no: `B${String(i + 1).padStart(9, '0')}`, household_no: householdNo, status: '保護中', started_on: startedOn, grade,
    minimum_cost_of_living: 0, recognised_income: 0, monthly_benefit: 0, caseworker_id: caseworkers[i % caseworkers.length] ?? 'cw001',
  }));
  for (let i = 0; i < added.length; i += 500) await welfare('cases').insert(added.slice(i, i + 500));
  return opened();
}

const seedStarted = performance.now();
const manifest = readCityManifest();
if (!cityPresent() || manifest?.residents !== RESIDENTS) await seedCity({ residents: RESIDENTS, seed: 1, log: (line) => console.error(line) });
const seedMs = Math.round(performance.now() - seedStarted);
const city = readCityManifest();
if (!city) throw new Error('large city not seeded');
process.env.SC_TODAY ??= city.referenceDate;

const welfare = createDb(dbSettingsFromEnv('welfare'));
const residents = createDb(dbSettingsFromEnv('residents'));
const env: NodeJS.ProcessEnv = { GATEWAY_PORT: String(4000 + PORT_OFFSET), LOG_LEVEL: 'warn', DATA_DIR: dataDir(), SC_TODAY: process.env.SC_TODAY };
for (const entry of DEPARTMENTS) env[`${entry.name.toUpperCase()}_PORT`] = String(entry.port + PORT_OFFSET);
const group = new ProcessGroup(join(dataDir(), 'logs', 'bench-large'), { env });
try {
  const added = await raiseCaseload(welfare, residents, CASES, city.referenceDate);
  // Every run measures the same thing: a first sweep over no snapshots, then a second one.
  for (const table of ['watch_snapshots', 'watch_leases', 'watch_sweeps', 'change_notices']) await welfare(table).delete();
  await group.startDepartments();
  group.start('gateway', ['--import', 'tsx', 'gateway/src/index.ts']);
  await group.waitFor('gateway', `http://127.0.0.1:${env.GATEWAY_PORT}/healthz`);
  const sweeps = await benchSweeps({ gatewayUrl: `http://127.0.0.1:${env.GATEWAY_PORT}`, welfare });
  console.log(JSON.stringify({ residents: city.residents, households: city.households, casesAdded: added, seedMs, ...sweeps }));
} finally {
  await group.stop();
  await Promise.all([welfare.destroy(), residents.destroy()]);
}
