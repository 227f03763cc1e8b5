/**
 * Calendar arithmetic on ISO dates (`YYYY-MM-DD`), the age rules of 年齢計算ニ関スル法律, and
 * lookup of amounts that are revised on a date (手当・加算 every April). Whole days in plain
 * integer arithmetic (Hinnant's civil-date algorithms), no Date objects: no time zone can shift
 * a day, and the city generator's millions of dates cost next to nothing.
 */

/** Days since 1970-01-01 of a civil date. */
export function daysFromCivil(y: number, m: number, d: number): number {
  const year = m <= 2 ? y - 1 : y;
  const era = Math.floor(year / 400);
  const yoe = year - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Days since 1970-01-01 of an ISO date. */
export function toDays(iso: string): number {
  return daysFromCivil(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

function format(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${pad2(m)}-${pad2(d)}`;
}

/** The ISO date `days` after 1970-01-01. */
export function fromDays(days: number): string {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return format(yoe + era * 400 + (m <= 2 ? 1 : 0), m, d);
}

export function addDays(iso: string, days: number): string {
  return fromDays(toDays(iso) + days);
}

function daysInMonth(y: number, m: number): number {
  if (m === 2) return y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** Adds calendar months, clamping to the month's last day (2025-01-31 + 1 month → 2025-02-28). */
export function addMonths(iso: string, months: number): string {
  const index = Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7)) - 1 + months;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return format(y, m, Math.min(Number(iso.slice(8, 10)), daysInMonth(y, m)));
}

export function addYears(iso: string, years: number): string {
  return addMonths(iso, years * 12);
}

export function firstOfMonth(iso: string): string {
  return `${iso.slice(0, 7)}-01`;
}

/** The last day of the date's month. */
export function endOfMonth(iso: string): string {
  const y = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7));
  return format(y, m, daysInMonth(y, m));
}

/** The first day of the month after the given date (when pensions and many benefits start). */
export function firstOfNextMonth(iso: string): string {
  return addMonths(firstOfMonth(iso), 1);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return toDays(to) - toDays(from);
}

export function maxDate(a: string, b: string): string {
  return a > b ? a : b;
}

export function minDate(a: string, b: string): string {
  return a < b ? a : b;
}

/** 年度: the fiscal year (April to March) a date falls in. */
export function fiscalYearOf(iso: string): number {
  const y = Number(iso.slice(0, 4));
  return Number(iso.slice(5, 7)) >= 4 ? y : y - 1;
}

/** The first day of a fiscal year (年度): 1 April. */
export function fiscalYearStart(fiscalYear: number): string {
  return `${fiscalYear}-04-01`;
}

/** Age in whole years on a given day (the birthday itself counts), from ISO dates. */
export function ageOn(birthDate: string, on: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [y, m, d] = on.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

/**
 * 年齢到達日: the day before the birthday (年齢計算ニ関スル法律), so 4月1日生まれ belong to the
 * earlier school year and 2月29日生まれ attain on 28 February.
 */
export function ageAttainedOn(birthDate: string, age: number): string {
  const y = Number(birthDate.slice(0, 4)) + age;
  const d = Number(birthDate.slice(8, 10));
  // Seeds call this for every person: stay on strings unless the day before is in the previous month.
  if (d > 1) return `${y}-${birthDate.slice(5, 8)}${pad2(d - 1)}`;
  return fromDays(daysFromCivil(y, Number(birthDate.slice(5, 7)), 1) - 1);
}

/**
 * The first 31 March on or after attaining an age (ageAttainedOn): 18 ends 高校生年代, 15
 * 中学校, 12 小学校, 22 大学生年代. Births up to 1 April attain before April of the year they
 * turn that age, so their school year ends that March.
 */
export function schoolYearEnd(birthDate: string, age: number): string {
  const year = Number(birthDate.slice(0, 4)) + age;
  return `${birthDate.slice(5) <= '04-01' ? year : year + 1}-03-31`;
}

/** The end of 高校生年代 (児童手当, 児童養育加算): the 31 March after attaining 18. */
export function endOfHighSchoolYears(birthDate: string): string {
  return schoolYearEnd(birthDate, 18);
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
