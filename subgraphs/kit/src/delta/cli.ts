/**
 * `npm run import -w subgraphs/<name> -- <file.csv> [...]`: imports delta files into one
 * department's database. Exit code 0 when every file was applied (or already had been), 1 when
 * any was rejected (nothing of that file written), 2 on a usage or configuration error.
 */
import { readFileSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { createDb, dbSettingsFromEnv } from '../db';
import { CITY_DEPARTMENTS } from '../departments';
import { migrateLatest, type Migration } from '../migrations';
import type { DeltaFormat } from './format';
import { formatProblems, importDelta } from './import';

interface DepartmentDelta {
  delta: DeltaFormat;
  migrations: readonly Migration[];
}

async function loadDepartment(name: string): Promise<DepartmentDelta> {
  const { delta } = (await import(`@smart-casework/${name}/delta`)) as { delta: DeltaFormat };
  const { migrations } = (await import(`@smart-casework/${name}/migrations`)) as { migrations: readonly Migration[] };
  return { delta, migrations };
}

function usage(message: string): never {
  console.error(`${message}\nusage: npm run import -w subgraphs/<department> -- <delta.csv> [more.csv …]`);
  process.exit(2);
}

async function main(): Promise<void> {
  const [name, ...files] = process.argv.slice(2);
  if (!name || !CITY_DEPARTMENTS.some((d) => d.name === name) || name === 'welfare') usage(`unknown department "${name ?? ''}"`);
  if (files.length === 0) usage('no delta file given / 異動ファイルが指定されていません');
  const { delta, migrations } = await loadDepartment(name);
  const db = createDb(dbSettingsFromEnv(name));
  let rejected = 0;
  try {
    await migrateLatest(db, migrations);
    // npm runs workspace scripts in the workspace folder; paths are meant from where the user typed them.
    const base = process.env.INIT_CWD ?? process.cwd();
    for (const file of files) {
      const path = isAbsolute(file) ? file : resolve(base, file);
      const result = await importDelta(db, delta, readFileSync(path), path);
      if (result.status === 'applied') {
        console.log(`${file}: 取込完了 ${result.rows} 行（適用 ${result.applied}、取込済みのため省略 ${result.skipped}） / applied ${result.applied} of ${result.rows} rows, ${result.skipped} already applied`);
      } else {
        rejected += 1;
        console.error(`${file}: 取込を中止しました。何も反映していません / rejected, nothing applied (${result.problems.length} problems)`);
        for (const line of formatProblems(result.problems)) console.error(`  ${line}`);
      }
    }
  } finally {
    await db.destroy();
  }
  process.exit(rejected > 0 ? 1 : 0);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(2);
});
