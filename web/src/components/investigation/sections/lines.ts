/**
 * The building blocks of a department's lines: one label and one text each, the same on the
 * screen, on paper and in the CSV/XLSX rows.
 */
import { formatDate, formatWareki, formatYen } from '@/lib/format';

export interface SectionLine {
  /** 項目, e.g. 課税区分 or 軽自動車. */
  label: string;
  /** 内容, formatted for people (和暦 with 西暦, yen with separators). */
  value: string;
  /** The line's amount in yen when it is one (a total, a monthly amount), kept as a number for the exports. */
  amount?: number;
}

export interface FindingFields {
  code: string;
  severity: string;
  message: string;
}

/** The fields every department section carries (CONTRACT.md). */
export interface SectionFields {
  source: string;
  sourceName: string;
  hasRecord: boolean;
  asOf: string;
  findings: readonly FindingFields[];
}

export function line(label: string, value: string, amount?: number | null): SectionLine {
  return amount === null || amount === undefined ? { label, value } : { label, value, amount };
}

/** Joins the parts that are present with 「・」. */
export function parts(...values: (string | null | undefined | false)[]): string {
  return values.filter((v): v is string => typeof v === 'string' && v !== '').join('・');
}

export const date = formatDate;
export const yen = formatYen;

/** 令和7年4月1日（2025-04-01）〜令和8年3月31日（2026-03-31）; an open end reads 「〜（継続中）」. */
export function period(from: string | null | undefined, to: string | null | undefined): string {
  return `${formatDate(from)}〜${to ? formatDate(to) : '（継続中）'}`;
}

/** 2025 → 令和7年度（2025年度）. */
export function fiscalYear(year: number): string {
  const wareki = formatWareki(`${year}-04-01`);
  const era = wareki.slice(0, wareki.indexOf('年') + 1);
  return `${era}度（${year}年度）`;
}

export function squareMetres(value: number): string {
  return `${value.toLocaleString('ja-JP', { maximumFractionDigits: 2 })}㎡`;
}
