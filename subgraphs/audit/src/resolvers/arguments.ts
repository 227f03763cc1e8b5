import { badUserInput } from '@smart-casework/kit';
import { ANOMALY_PARAMETERS } from '../parameters';

export const MAX_PAGE = 500;

export function pageSize(first: number | null | undefined): number {
  const size = first ?? 100;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE) throw badUserInput(`件数は1〜${MAX_PAGE}で指定してください。`, `first must be between 1 and ${MAX_PAGE}`, 'first');
  return size;
}

/** The seq an `after` cursor names; null for the first page. */
export function cursorSeq(after: string | null | undefined): number | null {
  if (after === null || after === undefined || after === '') return null;
  if (!/^\d{1,15}$/.test(after)) throw badUserInput('カーソルが正しくありません。', 'after must be an endCursor from a previous page', 'after');
  return Number(after);
}

export function period(from: string | null | undefined, to: string | null | undefined): { from: string | null; to: string | null } {
  if (from && to && from >= to) throw badUserInput('期間の開始は終了より前にしてください。', 'from must be before to', 'from');
  return { from: from ?? null, to: to ?? null };
}

/** A bounded period, for the anomaly report (which scans it). */
export function boundedPeriod(from: string, to: string): { from: string; to: string } {
  period(from, to);
  const days = (Date.parse(to) - Date.parse(from)) / 86_400_000;
  if (days > ANOMALY_PARAMETERS.maxRangeDays) {
    throw badUserInput(`期間は${ANOMALY_PARAMETERS.maxRangeDays}日以内で指定してください。`, `the period must be at most ${ANOMALY_PARAMETERS.maxRangeDays} days`, 'to');
  }
  return { from, to };
}

/** An identifier as the log stores it (宛名番号, 世帯番号, 職員ID): not empty, not longer than a column. */
export function identifier(value: string, field: string): string {
  const trimmed = value.trim();
  if (trimmed === '' || trimmed.length > 64) throw badUserInput(`${field} を正しく指定してください。`, `${field} must be 1 to 64 characters`, field);
  return trimmed;
}
