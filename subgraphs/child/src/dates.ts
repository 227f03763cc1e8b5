/** Date rules of the allowances that the kit's calendar arithmetic does not cover. */

export function firstOfMonth(iso: string): string {
  return `${iso.slice(0, 7)}-01`;
}

/** 年齢到達日: the day before the birthday (年齢計算ニ関スル法律), so 4月1日生まれ belong to the earlier school year. */
export function ageAttainedOn(birthDate: string, age: number): string {
  const [y, m, d] = birthDate.split('-').map(Number) as [number, number, number];
  // Seeds call this for every person: stay on strings unless the day before is in the previous month.
  if (d > 1) return `${y + age}-${birthDate.slice(5, 8)}${String(d - 1).padStart(2, '0')}`;
  return new Date(Date.UTC(y + age, m - 1, 0)).toISOString().slice(0, 10);
}

/** The first 31 March on or after attaining an age: 18 ends 高校生年代, 15 中学校, 12 小学校, 22 大学生年代. */
export function schoolYearEnd(birthDate: string, age: number): string {
  const attained = ageAttainedOn(birthDate, age);
  const year = Number(attained.slice(0, 4));
  return `${attained.slice(5) <= '03-31' ? year : year + 1}-03-31`;
}
