/**
 * Generates the demo city and writes each department's part of it into that department's own
 * database. Departments whose package has no migrations or seed yet are skipped with a warning,
 * so the command works while departments are being added.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { CITY_DEPARTMENTS, createDb, dataDir, dbSettingsFromEnv, migrateLatest, migrateRollbackAll, repoRoot, type Knex, type Migration } from '@smart-casework/kit';
import { generateCity, type City } from '@smart-casework/kit/city';

export interface SeedCityOptions {
  /** Number of residents (at least 200). */
  residents: number;
  /** Seed of the city generator: the same seed gives the same city. */
  seed: number;
  /** The day the city describes (default 2025-10-01). */
  referenceDate?: string;
  /** Departments to seed (default: every department holding city data; the audit log is not the city's). */
  departments?: readonly string[];
  /** Where progress lines go (default: stdout). */
  log?: (line: string) => void;
}

/** What `.data/city.json` records, so the demo can tell whether the city exists and matches. */
export interface CityManifest {
  seed: number;
  residents: number;
  households: number;
  cases: number;
  applications: number;
  referenceDate: string;
  createdAt: string;
  staffIds: string[];
  /** Departments seeded, and those skipped because their package is not ready. */
  departments: string[];
  skipped: string[];
  /** The city's "today" once `npm run simulate` has moved it past the reference date. */
  today?: string;
  /** Last day `npm run simulate` has produced changes for. */
  simulatedThrough?: string;
}

/** The day the city is at: the reference date, or later once simulated periods have moved it on. */
export function cityToday(manifest: Pick<CityManifest, 'referenceDate' | 'today'>): string {
  return manifest.today ?? manifest.referenceDate;
}

export function writeCityManifest(manifest: CityManifest): void {
  mkdirSync(dirname(cityManifestPath()), { recursive: true });
  writeFileSync(cityManifestPath(), `${JSON.stringify(manifest, null, 2)}\n`);
}

export function cityManifestPath(): string {
  return join(dataDir(), 'city.json');
}

export function readCityManifest(): CityManifest | null {
  const path = cityManifestPath();
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as CityManifest) : null;
}

interface DepartmentModules {
  migrations: readonly Migration[];
  seed: (db: Knex, city: City) => Promise<void>;
}

/** The file a package export points at, or null when the package does not export it (yet). */
export function exportedFile(name: string, subpath: string): string | null {
  const packageDir = join(repoRoot, 'subgraphs', name);
  const manifest = join(packageDir, 'package.json');
  if (!existsSync(manifest)) return null;
  const exports = (JSON.parse(readFileSync(manifest, 'utf8')) as { exports?: Record<string, string> }).exports ?? {};
  const target = exports[subpath];
  return target && existsSync(join(packageDir, target)) ? join(packageDir, target) : null;
}

/** A department's migrations and seed, or the reason it cannot be seeded yet. */
async function loadDepartment(name: string): Promise<DepartmentModules | string> {
  const missing = ['./migrations', './seed'].filter((subpath) => !exportedFile(name, subpath));
  if (missing.length > 0) return `no ${missing.join(' or ')} in @smart-casework/${name}`;
  const { migrations } = (await import(`@smart-casework/${name}/migrations`)) as { migrations: readonly Migration[] };
  const { seed } = (await import(`@smart-casework/${name}/seed`)) as DepartmentModules;
  return { migrations, seed };
}

const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)}s`;

async function seedDepartment(name: string, modules: DepartmentModules, city: City): Promise<string> {
  const db = createDb(dbSettingsFromEnv(name));
  try {
    const started = performance.now();
    // A new city starts from empty tables: no notices, snapshots or applied-delta log of the old one.
    await migrateRollbackAll(db, modules.migrations);
    await migrateLatest(db, modules.migrations);
    const migrated = seconds(started);
    const seeding = performance.now();
    await modules.seed(db, city);
    return `migrate ${migrated.padStart(5)}  seed ${seconds(seeding).padStart(6)}`;
  } finally {
    await db.destroy();
  }
}

export async function seedCity(options: SeedCityOptions): Promise<CityManifest> {
  const log = options.log ?? ((line: string) => console.log(line));
  const wanted = options.departments ?? CITY_DEPARTMENTS.map((d) => d.name);
  const unknown = wanted.filter((name) => !CITY_DEPARTMENTS.some((d) => d.name === name));
  if (unknown.length > 0) throw new Error(`unknown department(s): ${unknown.join(', ')} (registered: ${CITY_DEPARTMENTS.map((d) => d.name).join(', ')})`);
  // A half-seeded city must not look complete to the demo.
  rmSync(cityManifestPath(), { force: true });
  const total = performance.now();
  const city = generateCity({ residents: options.residents, seed: options.seed, referenceDate: options.referenceDate });
  const cases = city.households.filter((h) => h.assistance).length;
  log(`city     ${city.name}: ${city.persons.length.toLocaleString()} residents, ${city.households.length.toLocaleString()} households, ${cases.toLocaleString()} cases (seed ${city.seed}) in ${seconds(total)}`);
  const seeded: string[] = [];
  const skipped: string[] = [];
  for (const name of wanted) {
    const modules = await loadDepartment(name);
    if (typeof modules === 'string') {
      log(`⚠ ${name.padEnd(10)} skipped: ${modules}`);
      skipped.push(name);
      continue;
    }
    log(`  ${name.padEnd(10)} ${await seedDepartment(name, modules, city)}`);
    seeded.push(name);
  }
  const manifest: CityManifest = {
    seed: city.seed,
    residents: city.persons.length,
    households: city.households.length,
    cases,
    applications: city.households.filter((h) => h.application).length,
    referenceDate: city.referenceDate,
    createdAt: new Date().toISOString(),
    staffIds: city.staff.map((s) => s.staffId),
    departments: seeded,
    skipped,
  };
  writeCityManifest(manifest);
  log(`done     ${seeded.length} department(s) in ${seconds(total)}; ${cityManifestPath()}`);
  return manifest;
}
