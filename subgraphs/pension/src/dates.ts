/** Date rules of the pension field that the kit's calendar arithmetic does not cover. */

export function firstOfMonth(iso: string): string {
  return `${iso.slice(0, 7)}-01`;
}

/** 年齢到達日: the day before the birthday (年齢計算ニ関スル法律); 2月29日生まれ attain on 28 February. */
export function ageAttainedOn(birthDate: string, age: number): string {
  const [y, m, d] = birthDate.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y + age, m - 1, d - 1)).toISOString().slice(0, 10);
}
