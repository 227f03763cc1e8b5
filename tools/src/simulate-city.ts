/**
 * Simulates a period of departmental changes for the demo city: each department's `simulate`
 * writes the delta file its business system would export, and the file is imported through the
 * same path as `npm run import` (validated whole, idempotent). The registry goes first, so the
 * other departments can react to its births, deaths and moves.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { addDays, createDb, createSimulationContext, dataDir, dbSettingsFromEnv, formatProblems, importDelta, inChunks, migrateLatest, repoRoot, writeDeltaCsv, type DeltaFormat, type DeltaRecord, type Knex, type Migration, type RegistryEvent, type SimulationContext, type WatchedPerson } from '@smart-casework/kit';
import { watchTargets } from '@smart-casework/welfare/watch-targets';
import { cityToday, readCityManifest, writeCityManifest, type CityManifest } from './seed-city';

/** Departments that export deltas, the registry first. */
export const SIMULATED_DEPARTMENTS = ['residents', 'tax', 'insurance', 'pension', 'child', 'care', 'disability'] as const;

export interface SimulateOptions {
  days: number;
  /** Write the files without importing them. */
  apply?: boolean;
  /** Apply even though the watcher has no baseline yet (its first sweep would then raise nothing for these changes). */
  withoutBaseline?: boolean;
  /** Where the files go (default .data/deltas/<from>_<to>/). */
  outDir?: string;
  log?: (line: string) => void;
}

export interface DepartmentOutcome {
  department: string;
  file: string;
  rows: number;
  applied: number | null;
}

export interface SimulationSummary {
  from: string;
  to: string;
  today: string;
  departments: DepartmentOutcome[];
}

interface DepartmentModules {
  delta: DeltaFormat;
  migrations: readonly Migration[];
  simulate(ctx: SimulationContext): Promise<DeltaRecord[]>;
}

async function loadDepartment(name: string): Promise<DepartmentModules | null> {
  if (!existsSync(join(repoRoot, 'subgraphs', name, 'src', 'simulate.ts'))) return null;
  const [{ delta }, { migrations }, { simulate }] = await Promise.all([
    import(`@smart-casework/${name}/delta`) as Promise<{ delta: DeltaFormat }>,
    import(`@smart-casework/${name}/migrations`) as Promise<{ migrations: readonly Migration[] }>,
    import(`@smart-casework/${name}/simulate`) as Promise<Pick<DepartmentModules, 'simulate'>>,
  ]);
  return { delta, migrations, simulate };
}

/** The first period ends on the city's reference date; later ones continue from there and move the city's day on. */
export function nextPeriod(manifest: CityManifest, days: number): { from: string; to: string } {
  if (!manifest.simulatedThrough) return { from: addDays(cityToday(manifest), 1 - days), to: cityToday(manifest) };
  return { from: addDays(manifest.simulatedThrough, 1), to: addDays(manifest.simulatedThrough, days) };
}

/** Whether the watcher has swept at least once, so that changes applied now become notices. */
async function watcherHasBaseline(): Promise<boolean> {
  const welfare = createDb(dbSettingsFromEnv('welfare'));
  try {
    return (await welfare('watch_snapshots').first('household_no')) !== undefined;
  } finally {
    await welfare.destroy();
  }
}

/** Members (current residents) of every household with an open case or application, with their caseworker. */
async function watchedPersons(): Promise<WatchedPerson[]> {
  const welfare = createDb(dbSettingsFromEnv('welfare'));
  const residents = createDb(dbSettingsFromEnv('residents'));
  try {
    const targets = await watchTargets(welfare);
    const caseworkers = new Map(targets.map((t) => [t.householdNo, t.caseworkerId]));
    const rows = await inChunks([...caseworkers.keys()], (chunk) => residents('residents').whereIn('household_no', chunk).where('status', '住民').select<Array<{ atena_no: string; household_no: string }>>('atena_no', 'household_no').orderBy('atena_no'));
    return rows.map((row) => ({ atenaNo: row.atena_no, householdNo: row.household_no, caseworkerId: caseworkers.get(row.household_no) ?? '' }));
  } finally {
    await Promise.all([welfare.destroy(), residents.destroy()]);
  }
}

/** Current members (住民) of these households, in display order, as the registry holds them now. */
async function currentMembers(householdNos: readonly string[]): Promise<Map<string, string[]>> {
  const residents = createDb(dbSettingsFromEnv('residents'));
  try {
    const rows = await inChunks(householdNos, (chunk) => residents('residents').whereIn('household_no', chunk).where('status', '住民').select<Array<{ atena_no: string; household_no: string }>>('atena_no', 'household_no').orderBy(['household_no', 'display_order', 'atena_no']));
    const members = new Map<string, string[]>();
    for (const row of rows) {
      const list = members.get(row.household_no);
      if (list) list.push(row.atena_no);
      else members.set(row.household_no, [row.atena_no]);
    }
    return members;
  } finally {
    await residents.destroy();
  }
}

/**
 * Births, deaths and moves in the registry's file, for the departments that react to them, each
 * with its household's members read after the file was applied (the newborn's parents, who
 * stays); when the files are only written, the members are those before the period.
 */
async function registryEventsOf(records: readonly DeltaRecord[]): Promise<RegistryEvent[]> {
  const householdNo = (r: DeltaRecord) => r['世帯番号'] ?? '';
  const members = await currentMembers(records.map(householdNo).filter((no) => no !== ''));
  return records.map((r) => ({ atenaNo: r['宛名番号'] ?? '', householdNo: householdNo(r), reason: r['異動事由'] ?? '', effectiveDate: r['異動日'] ?? '', members: members.get(householdNo(r)) ?? [] }));
}

function seedFor(citySeed: number, department: string, from: string): number {
  let hash = citySeed >>> 0;
  for (const char of `${department}:${from}`) hash = (Math.imul(hash ^ char.charCodeAt(0), 0x01000193) >>> 0);
  return hash;
}

async function runDepartment(name: string, modules: DepartmentModules, context: { manifest: CityManifest; from: string; to: string; watched: WatchedPerson[]; registryEvents: RegistryEvent[]; outDir: string; apply: boolean }): Promise<{ outcome: DepartmentOutcome; records: DeltaRecord[] }> {
  const db: Knex = createDb(dbSettingsFromEnv(name));
  try {
    await migrateLatest(db, modules.migrations);
    const ctx = createSimulationContext({ db, department: name, from: context.from, to: context.to, seed: seedFor(context.manifest.seed, name, context.from), watched: context.watched, registryEvents: context.registryEvents });
    const records = await modules.simulate(ctx);
    const file = join(context.outDir, `${name}.csv`);
    writeFileSync(file, writeDeltaCsv(modules.delta, records));
    if (!context.apply) return { outcome: { department: name, file, rows: records.length, applied: null }, records };
    if (records.length === 0) return { outcome: { department: name, file, rows: 0, applied: 0 }, records };
    const result = await importDelta(db, modules.delta, readFileSync(file), file, { today: context.to });
    if (result.status === 'rejected') throw new Error(`${name}: the simulated file was rejected:\n${formatProblems(result.problems).slice(0, 20).join('\n')}`);
    return { outcome: { department: name, file, rows: result.rows, applied: result.applied }, records };
  } finally {
    await db.destroy();
  }
}

export async function simulateCity(options: SimulateOptions): Promise<SimulationSummary> {
  const log = options.log ?? ((line: string) => console.log(line));
  const manifest = readCityManifest();
  if (!manifest) throw new Error('no demo city: run `npm run seed` (or `npm run demo`) first / デモ市がありません');
  const { from, to } = nextPeriod(manifest, options.days);
  const apply = options.apply ?? true;
  if (apply && !options.withoutBaseline && !(await watcherHasBaseline())) {
    throw new Error('the change watcher has not recorded a baseline yet, so these changes would raise no notices. Start the demo (npm run demo: its watcher sweeps at start) or run npm run watch -- --once with the gateway up, then simulate; --without-baseline applies anyway. / 異動監視の基準がまだ記録されていません。先に npm run demo を起動してください。');
  }
  const outDir = options.outDir ?? join(dataDir(), 'deltas', `${from}_${to}`);
  mkdirSync(outDir, { recursive: true });
  const watched = await watchedPersons();
  log(`simulating ${from} … ${to}: ${watched.length.toLocaleString()} persons in households on assistance or applying`);
  const departments: DepartmentOutcome[] = [];
  let registryEvents: RegistryEvent[] = [];
  for (const name of SIMULATED_DEPARTMENTS) {
    const modules = await loadDepartment(name);
    if (!modules) {
      log(`⚠ ${name.padEnd(10)} skipped: no src/simulate.ts yet`);
      continue;
    }
    const { outcome, records } = await runDepartment(name, modules, { manifest, from, to, watched, registryEvents, outDir, apply });
    if (name === 'residents') registryEvents = await registryEventsOf(records);
    departments.push(outcome);
    log(`  ${name.padEnd(10)} ${outcome.rows.toLocaleString().padStart(6)} rows${outcome.applied === null ? ' written' : `, ${outcome.applied.toLocaleString()} applied`}  ${outcome.file}`);
  }
  const today = to > cityToday(manifest) ? to : cityToday(manifest);
  if (apply) writeCityManifest({ ...manifest, simulatedThrough: to, today });
  return { from, to, today, departments };
}
