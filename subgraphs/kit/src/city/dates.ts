import type { Random } from './random';

/**
 * ISO date arithmetic on whole days, in plain integer arithmetic (Hinnant's civil-date
 * algorithms): no Date objects, so no time zone can shift a date, and 150,000 residents' worth
 * of dates cost next to nothing.
 */
export function daysFromCivil(y: number, m: number, d: number): number {
  const year = m <= 2 ? y - 1 : y;
  const era = Math.floor(year / 400);
  const yoe = year - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function toDays(iso: string): number {
  return daysFromCivil(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

function format(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${pad2(m)}-${pad2(d)}`;
}

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

/** Adds calendar months, clamping to the month's last day (1-31 + 1 month → 2-28/29). */
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

export function endOfMonth(iso: string): string {
  return addDays(addMonths(firstOfMonth(iso), 1), -1);
}

/** The first day of the month after the given date (when pensions and many benefits start). */
export function firstOfNextMonth(iso: string): string {
  return addMonths(firstOfMonth(iso), 1);
}

export function maxDate(a: string, b: string): string {
  return a > b ? a : b;
}

export function minDate(a: string, b: string): string {
  return a < b ? a : b;
}

/** A uniform date in [from, to] (inclusive); `from` when the range is empty. */
export function dateBetween(random: Random, from: string, to: string): string {
  const start = toDays(from);
  const end = toDays(to);
  return end <= start ? from : fromDays(random.int(start, end));
}

/** A birth date that makes the person exactly `age` on `on`. */
export function birthDateForAge(random: Random, age: number, on: string): string {
  const latest = addYears(on, -age);
  const earliest = addDays(addYears(on, -age - 1), 1);
  return dateBetween(random, earliest, latest);
}

/** The 31 March on or after the given birthday (school years end on 31 March). */
export function schoolYearEndAfterAge(birthDate: string, age: number): string {
  const birthday = addYears(birthDate, age);
  const year = Number(birthday.slice(0, 4));
  return birthday.slice(5) <= '03-31' ? `${year}-03-31` : `${year + 1}-03-31`;
}

/** The end of 高校生年代 (児童手当, 児童養育加算): the 31 March after turning 18. */
export function endOfHighSchoolYears(birthDate: string): string {
  return schoolYearEndAfterAge(birthDate, 18);
}
