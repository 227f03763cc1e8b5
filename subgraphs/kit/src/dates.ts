/**
 * Calendar arithmetic on ISO dates (`YYYY-MM-DD`), done in UTC so that no time zone shifts a
 * day, and lookup of amounts that are revised on a date (手当・加算 every April).
 */

const DAY_MS = 86_400_000;

function toUtc(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
}

function toIso(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function addDays(iso: string, days: number): string {
  return toIso(new Date(toUtc(iso).getTime() + days * DAY_MS));
}

/** Adds months, clamping to the month's last day (2025-01-31 + 1 month → 2025-02-28). */
export function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  return toIso(new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), Math.min(d, last))));
}

export function addYears(iso: string, years: number): string {
  return addMonths(iso, years * 12);
}

/** The last day of the date's month. */
export function endOfMonth(iso: string): string {
  const [y, m] = iso.split('-').map(Number) as [number, number];
  return toIso(new Date(Date.UTC(y, m, 0)));
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((toUtc(to).getTime() - toUtc(from).getTime()) / DAY_MS);
}

/** 年度: the fiscal year (April to March) a date falls in. */
export function fiscalYearOf(iso: string): number {
  const [y, m] = iso.split('-').map(Number) as [number, number];
  return m >= 4 ? y : y - 1;
}

/** A row of a table of amounts revised over time, in force from `from` (ISO date). */
export interface Dated {
  from: string;
}

/**
 * The row in force on a date: the latest `from` not after it. Before the first row the
 * earliest is used, since older amounts are not kept and the nearest known is the best guess.
 */
export function effectiveOn<T extends Dated>(table: readonly T[], on: string): T {
  const sorted = [...table].sort((a, b) => a.from.localeCompare(b.from));
  const first = sorted[0];
  if (!first) throw new Error('effectiveOn: empty parameter table');
  return sorted.filter((row) => row.from <= on).at(-1) ?? first;
}
