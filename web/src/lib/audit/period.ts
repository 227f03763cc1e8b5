/**
 * The periods the auditor's screens ask for. The auditor picks whole days in Japan time; the
 * audit subgraph takes UTC date-times, `from` inclusive and `to` exclusive, so a period that
 * ends on 10月7日 is sent as up to (not including) 10月8日 00:00 Japan time.
 *
 * Audit lines carry the real clock's time (not the demo city's reference day), so the
 * defaults here count from the real today.
 */
import { formatWareki, todayJst } from '../format';

export interface PeriodDays {
  /** First day (YYYY-MM-DD, Japan time), '' for "from the start of the log". */
  from: string;
  /** Last day, inclusive (YYYY-MM-DD, Japan time), '' for "until now". */
  to: string;
}

export type PeriodVariables = { ok: true; from: string | null; to: string | null } | { ok: false; message: string };

const DAY_MS = 86_400_000;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a YYYY-MM-DD that exists (no 2月30日). */
export function isDay(text: string): boolean {
  const match = DATE.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** 00:00 Japan time of a day, as a UTC ISO date-time (2025-10-01 → 2025-09-30T15:00:00.000Z). */
export function jstDayStart(day: string): string {
  return new Date(`${day}T00:00:00+09:00`).toISOString();
}

/** The day `days` after (or before, when negative) a day. */
export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** The variables `from`/`to` for whole days in Japan time; a message when a day is not a date or the period runs backwards. */
export function periodVariables({ from, to }: PeriodDays): PeriodVariables {
  if (from !== '' && !isDay(from)) return { ok: false, message: `期間の開始「${from}」は日付ではありません（例: 2025-10-01）。` };
  if (to !== '' && !isDay(to)) return { ok: false, message: `期間の終了「${to}」は日付ではありません（例: 2025-10-07）。` };
  if (from !== '' && to !== '' && from > to) return { ok: false, message: '期間の開始は終了と同じ日か、それより前にしてください。' };
  return { ok: true, from: from === '' ? null : jstDayStart(from), to: to === '' ? null : jstDayStart(addDays(to, 1)) };
}

/** The last `days` days up to today (Japan time, real clock), today included. */
export function lastDays(days: number, now: Date = new Date()): PeriodDays {
  const today = todayJst(now);
  return { from: addDays(today, -(days - 1)), to: today };
}

/** 令和7年10月1日〜令和7年10月7日; an open end says so. */
export function describePeriod({ from, to }: PeriodDays): string {
  if (from === '' && to === '') return '全期間';
  const start = from === '' ? '記録の開始' : formatWareki(from);
  const end = to === '' ? '現在' : formatWareki(to);
  return `${start}〜${end}`;
}

const JST_OFFSET_MS = 9 * 3_600_000;

/** An audit line's time in Japan time to the second: 令和7年10月1日 09:30:15 (the log orders by it). */
export function formatAuditTime(isoDateTime: string): string {
  const ms = Date.parse(isoDateTime);
  if (Number.isNaN(ms)) return isoDateTime;
  const jst = new Date(ms + JST_OFFSET_MS).toISOString();
  return `${formatWareki(jst.slice(0, 10))} ${jst.slice(11, 19)}`;
}
