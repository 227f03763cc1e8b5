/**
 * `npm run simulate -- --days 30 [--no-apply] [--out DIR]`: a realistic period of changes for the
 * demo city across every department, written as delta files and imported. Then
 * `npm run watch -- --once` turns them into change notices.
 */
import { cityToday, readCityManifest } from './seed-city';
import { simulateCity } from './simulate-city';

const USAGE = 'usage: npm run simulate -- [--days N (1–366, default 30)] [--no-apply] [--without-baseline] [--out DIR]';

function fail(message: string): never {
  console.error(`simulate: ${message}\n${USAGE}`);
  process.exit(2);
}

function parseArgs(argv: readonly string[]): { days: number; apply: boolean; withoutBaseline: boolean; outDir?: string } {
  let days = 30;
  let apply = true;
  let withoutBaseline = false;
  let outDir: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--no-apply') apply = false;
    else if (arg === '--without-baseline') withoutBaseline = true;
    else if (arg === '--days' || arg.startsWith('--days=')) {
      const value = arg.includes('=') ? arg.slice(7) : argv[++i];
      days = Number(value);
      if (!Number.isInteger(days) || days < 1 || days > 366) fail(`--days must be a whole number from 1 to 366 (got "${value ?? ''}")`);
    } else if (arg === '--out' || arg.startsWith('--out=')) {
      outDir = arg.includes('=') ? arg.slice(6) : argv[++i];
      if (!outDir) fail('--out needs a directory');
    } else fail(`unknown argument "${arg}"`);
  }
  return { days, apply, withoutBaseline, outDir };
}

const options = parseArgs(process.argv.slice(2));
try {
  const before = readCityManifest();
  const summary = await simulateCity(options);
  console.log(`done: ${summary.from} … ${summary.to}; the city's day is ${summary.today}.`);
  if (before && cityToday(before) !== summary.today) console.log('A running demo keeps its old day until it is restarted (npm run demo).');
  if (options.apply) console.log('Next: npm run watch -- --once  (turns the changes into notices for the caseworkers)');
} catch (error) {
  console.error(`simulate: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
