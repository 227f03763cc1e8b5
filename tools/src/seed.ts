/**
 * `npm run seed -- --residents N --seed S`: (re)creates the demo city in every department's
 * database. Defaults: 150,000 residents, seed 1.
 */
import { MIN_RESIDENTS } from '@smart-casework/kit/city';
import { seedCity } from './seed-city';

const USAGE = 'usage: npm run seed -- [--residents N] [--seed S] [--reference-date YYYY-MM-DD]';

function parseArgs(argv: readonly string[]): { residents: number; seed: number; referenceDate?: string } {
  const values = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const [flag, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    if (!['--residents', '--seed', '--reference-date'].includes(flag)) fail(`unknown argument "${arg}"`);
    const value = inline ?? argv[++i];
    if (value === undefined) fail(`${flag} needs a value`);
    values.set(flag, value);
  }
  const residents = integer(values.get('--residents') ?? '150000', '--residents');
  if (residents < MIN_RESIDENTS) fail(`--residents must be at least ${MIN_RESIDENTS} (got ${residents})`);
  const seed = integer(values.get('--seed') ?? '1', '--seed');
  const referenceDate = values.get('--reference-date');
  if (referenceDate !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(referenceDate)) fail(`--reference-date must be YYYY-MM-DD (got "${referenceDate}")`);
  return { residents, seed, referenceDate };
}

function integer(value: string, flag: string): number {
  const number = Number(value.replace(/_/g, ''));
  if (!Number.isSafeInteger(number) || number < 0) fail(`${flag} must be a non-negative integer (got "${value}")`);
  return number;
}

function fail(message: string): never {
  console.error(`seed: ${message}\n${USAGE}`);
  process.exit(2);
}

await seedCity(parseArgs(process.argv.slice(2)));
