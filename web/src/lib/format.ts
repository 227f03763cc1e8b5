/**
 * How the portal writes dates, times and money, and how it reads a birth date typed by a
 * caseworker (西暦 or 和暦). Pure functions without dependencies, so the screen, the print view
 * and the exports format alike on the server and in the browser.
 */

/** A Japanese era: its name, its initial (S45.3.2) and its first and last day (ISO, Gregorian). */
interface Era {
  name: string;
  initial: string;
  start: string;
  end: string | null;
}

// Boundaries as the 元号 changed: 大正 began the day 明治 ended (1912-07-30), 昭和 on 1926-12-25,
// 平成 on 1989-01-08 (昭和64年 has seven days), 令和 on 2019-05-01 (平成31年 ends on 4月30日).
// 明治 is counted from 1868-01-25 (明治元年1月1日 in the old calendar, as registries convert it).
const ERAS: readonly Era[] = [
  { name: '令和', initial: 'R', start: '2019-05-01', end: null },
  { name: '平成', initial: 'H', start: '1989-01-08', end: '2019-04-30' },
  { name: '昭和', initial: 'S', start: '1926-12-25', end: '1989-01-07' },
  { name: '大正', initial: 'T', start: '1912-07-30', end: '1926-12-24' },
  { name: '明治', initial: 'M', start: '1868-01-25', end: '1912-07-29' },
];

const EMPTY = '—';
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function parts(iso: string): [number, number, number] | null {
  const match = ISO_DATE.exec(iso.slice(0, 10));
  if (!match) return null;
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

function isoOf(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** True when the day exists in the Gregorian calendar (no 2月30日). */
function exists(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= last;
}

function eraOf(iso: string): Era | undefined {
  return ERAS.find((era) => iso >= era.start && (era.end === null || iso <= era.end));
}

function eraYear(era: Era, year: number): string {
  const n = year - Number(era.start.slice(0, 4)) + 1;
  return n === 1 ? '元' : String(n);
}

/** 2025-04-01 → 令和7年4月1日; 2019-05-01 → 令和元年5月1日; before 明治, 西暦 (1850年1月1日). */
export function formatWareki(iso: string | null | undefined): string {
  if (!iso) return EMPTY;
  const p = parts(iso);
  if (!p) return iso;
  const [year, month, day] = p;
  const era = eraOf(isoOf(year, month, day));
  const prefix = era ? `${era.name}${eraYear(era, year)}` : String(year);
  return `${prefix}年${month}月${day}日`;
}

/** 2025-04-01 → 令和7年4月1日（2025-04-01）: the era for people, ISO for matching with other systems. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return EMPTY;
  const p = parts(iso);
  if (!p) return iso;
  return `${formatWareki(iso)}（${isoOf(...p)}）`;
}

const JST_OFFSET_MS = 9 * 3_600_000;

/** An ISO date-time in Japan time (no daylight saving): 令和7年4月1日（2025-04-01） 09:30. */
export function formatDateTime(isoDateTime: string | null | undefined): string {
  if (!isoDateTime) return EMPTY;
  const ms = Date.parse(isoDateTime);
  if (Number.isNaN(ms)) return isoDateTime;
  const jst = new Date(ms + JST_OFFSET_MS);
  const date = isoOf(jst.getUTCFullYear(), jst.getUTCMonth() + 1, jst.getUTCDate());
  return `${formatDate(date)} ${pad(jst.getUTCHours())}:${pad(jst.getUTCMinutes())}`;
}

/** Today in Japan time as an ISO date. */
export function todayJst(now: Date = new Date()): string {
  return new Date(now.getTime() + JST_OFFSET_MS).toISOString().slice(0, 10);
}

/** 46690 → 46,690円; -1200 → -1,200円; null → —. Integer yen, grouped by hand so every runtime agrees. */
export function formatYen(amount: number | null | undefined): string {
  if (amount === null || amount === undefined || !Number.isFinite(amount)) return EMPTY;
  const digits = String(Math.abs(Math.round(amount))).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${amount < 0 ? '-' : ''}${digits}円`;
}

/**
 * Age in whole years on a day, as the departments' rules count it (kit `ageOn`): a year is
 * completed on the birthday, and someone born on 2月29日 completes it on 3月1日 in other years.
 */
export function ageOn(birthDate: string, on: string): number {
  const b = parts(birthDate);
  const d = parts(on);
  if (!b || !d) return Number.NaN;
  const [by, bm, bd] = b;
  const [y, m, day] = d;
  return y - by - (m < bm || (m === bm && day < bd) ? 1 : 0);
}

export type BirthDateInput = { ok: true; iso: string } | { ok: false; messageJa: string; messageEn: string };

function fail(messageJa: string, messageEn: string): BirthDateInput {
  return { ok: false, messageJa, messageEn };
}

const FORMAT_HINT_JA = '例: 1970-03-02、1970/3/2、S45.3.2、昭和45年3月2日';
const FORMAT_HINT_EN = 'e.g. 1970-03-02, 1970/3/2, S45.3.2, 昭和45年3月2日';

// After NFKC: an optional era (name or initial), a year (digits or 元), then month and day,
// separated by - / . or written 年 月 日.
const WESTERN = /^(\d{4})(?:[-/.]|年)(\d{1,2})(?:[-/.]|月)(\d{1,2})日?$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
const JAPANESE = /^(明治|大正|昭和|平成|令和|[MTSHR])\.?(\d{1,2}|元)(?:[-/.]|年)(\d{1,2})(?:[-/.]|月)(\d{1,2})日?$/;

function eraByLabel(label: string): Era | undefined {
  return ERAS.find((era) => era.name === label || era.initial === label);
}

function eraRange(era: Era): string {
  const last = era.end ? formatWareki(era.end) : '';
  return `${era.name}は${formatWareki(era.start)}から${last ? `${last}まで` : ''}`;
}

function fromEra(label: string, yearText: string, month: number, day: number): BirthDateInput {
  const era = eraByLabel(label);
  if (!era) return fail(`元号「${label}」は使えません。${FORMAT_HINT_JA}`, `Unknown era "${label}". ${FORMAT_HINT_EN}`);
  const n = yearText === '元' ? 1 : Number(yearText);
  const written = `${era.name}${n === 1 ? '元' : n}年${month}月${day}日`;
  if (n < 1) return fail(`${era.name}0年はありません。`, `There is no year 0 of ${era.name}.`);
  const year = Number(era.start.slice(0, 4)) + n - 1;
  if (!exists(year, month, day)) return fail(`${written}は存在しない日付です。`, `${written} is not a valid date.`);
  const iso = isoOf(year, month, day);
  if (iso < era.start || (era.end !== null && iso > era.end)) {
    return fail(`${written}は存在しません（${eraRange(era)}）。`, `${written} does not exist: ${era.name} ran from ${era.start}${era.end ? ` to ${era.end}` : ''}.`);
  }
  return { ok: true, iso };
}

function fromWestern(year: number, month: number, day: number): BirthDateInput {
  if (!exists(year, month, day)) return fail(`${year}年${month}月${day}日は存在しない日付です。`, `${isoOf(year, month, day)} is not a valid date.`);
  return { ok: true, iso: isoOf(year, month, day) };
}

function read(text: string): BirthDateInput {
  const western = WESTERN.exec(text) ?? COMPACT.exec(text);
  if (western) return fromWestern(Number(western[1]), Number(western[2]), Number(western[3]));
  const japanese = JAPANESE.exec(text);
  if (japanese) return fromEra(japanese[1] ?? '', japanese[2] ?? '', Number(japanese[3]), Number(japanese[4]));
  return fail(`生年月日を読み取れません。${FORMAT_HINT_JA}`, `Cannot read the birth date. ${FORMAT_HINT_EN}`);
}

/**
 * Reads a birth date as caseworkers type it: 1970-03-02, 1970/3/2, 1970年3月2日, 19700302,
 * S45.3.2 (any case), 昭和45年3月2日, 昭和45.3.2, 令和元年5月1日, full-width digits and
 * letters. Rejects days that do not exist (2月30日, 平成31年5月1日 — 平成 ended on 4月30日),
 * days before 明治 and days after `today` (Japan time unless given).
 */
export function parseBirthDateInput(text: string, today: string = todayJst()): BirthDateInput {
  // NFKC turns full-width digits, letters and ／．－ into ASCII; the long vowel mark and dashes
  // that IMEs produce are read as the hyphen.
  const normalised = text.normalize('NFKC').replace(/[\s]+/g, '').replace(/[ー‐−–—]/g, '-').toUpperCase();
  if (normalised === '') return fail('生年月日を入力してください。', 'Enter a birth date.');
  const result = read(normalised);
  if (!result.ok) return result;
  const oldest = ERAS.at(-1)?.start ?? '1868-01-25';
  if (result.iso < oldest) return fail(`${result.iso}は明治より前の日付です。`, `${result.iso} is before the Meiji era.`);
  if (result.iso > today) return fail(`${formatDate(result.iso)}は未来の日付です。`, `${result.iso} is in the future.`);
  return result;
}
