/** ISO date arithmetic in UTC, so that no time zone shifts a day. */

function parts(iso: string): [number, number, number] {
  return iso.split('-').map(Number) as [number, number, number];
}

function isoOf(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function addDays(iso: string, days: number): string {
  const [y, m, d] = parts(iso);
  return isoOf(new Date(Date.UTC(y, m - 1, d + days)));
}

/** Same day `months` later, clamped to the month's last day (08-31 + 1 → 09-30). */
export function addMonths(iso: string, months: number): string {
  const [y, m, d] = parts(iso);
  const lastDay = new Date(Date.UTC(y, m - 1 + months + 1, 0)).getUTCDate();
  return isoOf(new Date(Date.UTC(y, m - 1 + months, Math.min(d, lastDay))));
}

export function firstOfMonth(iso: string): string {
  return `${iso.slice(0, 7)}-01`;
}

/** 年齢到達日: the day before the birthday, as the law on age counting (年齢計算ニ関スル法律) has it. */
export function ageAttainedOn(birthDate: string, age: number): string {
  const [y, m, d] = parts(birthDate);
  return isoOf(new Date(Date.UTC(y + age, m - 1, d - 1)));
}
