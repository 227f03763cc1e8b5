import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

// The seed writes SQLite files under DATA_DIR: point it at a scratch folder before the kit reads it.
const dir = mkdtempSync(join(tmpdir(), 'sc-seed-'));
process.env.DATA_DIR = dir;
const { CITY_DEPARTMENTS, DEPARTMENTS, createDb, dbSettingsFromEnv } = await import('@smart-casework/kit');
for (const { name } of DEPARTMENTS) {
  delete process.env[`${name.toUpperCase()}_DB_CLIENT`];
  delete process.env[`${name.toUpperCase()}_DB_URL`];
}
const { generateCity } = await import('@smart-casework/kit/city');
const { readCityManifest, seedCity } = await import('./seed-city');

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('seedCity', () => {
  it('writes a 500-resident city into every ready department and records it in city.json', async () => {
    const lines: string[] = [];
    const manifest = await seedCity({ residents: 500, seed: 5, log: (line) => lines.push(line) });
    const city = generateCity({ residents: 500, seed: 5 });
    const db = createDb(dbSettingsFromEnv('residents'));
    try {
      const [row] = await db('residents').count({ count: '*' });
      expect(Number(row?.count)).toBe(city.persons.length);
    } finally {
      await db.destroy();
    }
    expect(manifest).toMatchObject({ seed: 5, residents: 500, households: city.households.length, cases: city.households.filter((h) => h.assistance).length, referenceDate: '2025-10-01' });
    expect(manifest.departments).toContain('residents');
    expect([...manifest.departments, ...manifest.skipped].sort()).toEqual(CITY_DEPARTMENTS.map((d) => d.name).sort());
    expect(manifest.staffIds).toContain('cw001');
    expect(readCityManifest()).toEqual(manifest);
    expect(lines.some((line) => line.includes('residents') && line.includes('seed'))).toBe(true);
  });

  it('refuses an unknown department before touching anything', async () => {
    await expect(seedCity({ residents: 500, seed: 5, departments: ['nowhere'], log: () => {} })).rejects.toThrow(/unknown department/);
  });

  it('rejects bad arguments with a clear message', () => {
    const script = join(dirname(fileURLToPath(import.meta.url)), 'seed.ts');
    for (const [args, message] of [[['--residents', '10'], /at least 200/], [['--seed', 'abc'], /--seed must be a non-negative integer/], [['--colour', 'red'], /unknown argument/]] as const) {
      const run = spawnSync(process.execPath, ['--import', 'tsx', script, ...args], { encoding: 'utf8', env: { ...process.env, DATA_DIR: dir } });
      expect(run.status).toBe(2);
      expect(run.stderr).toMatch(message);
    }
  });
});
