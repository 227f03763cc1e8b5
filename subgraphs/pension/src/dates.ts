/** Date rules of the pension field that the kit's calendar arithmetic does not cover. */

export function firstOfMonth(iso: string): string {
  return `${iso.slice(0, 7)}-01`;
}

/** 年齢到達日: the day before the birthday (年齢計算ニ関スル法律); 2月29日生まれ attain on 28 February. */
export function ageAttainedOn(birthDate: string, age: number): string {
  const [y, m, d] = birthDate.split('-').map(Number) as [number, number, number];
  // Seeds call this for every person: stay on strings unless the day before is in the previous month.
  if (d > 1) return `${y + age}-${birthDate.slice(5, 8)}${String(d - 1).padStart(2, '0')}`;
  return new Date(Date.UTC(y + age, m - 1, 0)).toISOString().slice(0, 10);
}
