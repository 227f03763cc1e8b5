/** 和暦 labels of Gregorian years, as municipal notices and ledgers write them. */

/** Eras by the Gregorian year of their first whole year, newest first. */
const ERAS = [
  { name: '令和', first: 2019 },
  { name: '平成', first: 1989 },
  { name: '昭和', first: 1926 },
] as const;

/**
 * A Gregorian year in the era that ends it (2025 → 令和7年, 2019 → 令和元年), written as the
 * portal writes dates, so that a caseworker reads one convention everywhere.
 */
export function warekiYear(year: number): string {
  const era = ERAS.find((e) => year >= e.first) ?? ERAS[2];
  const n = year - era.first + 1;
  return `${era.name}${n === 1 ? '元' : n}年`;
}

/** 年度 label of a fiscal year (April to March): 2025 → 令和7年度. */
export function warekiFiscalYear(fiscalYear: number): string {
  return `${warekiYear(fiscalYear)}度`;
}
