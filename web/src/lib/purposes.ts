/**
 * Why personal data is read (CONTRACT.md, header `x-purpose`): chosen on screen, sent with every
 * query that reads a person's data and written in the audit trail.
 */
export const PURPOSES = [
  { value: 'investigation', label: '29条調査（保護申請の調査）' },
  { value: 'case-review', label: '保護の決定・変更' },
  { value: 'visit-prep', label: '訪問準備' },
  { value: 'notice-handling', label: '異動通知の処理' },
  { value: 'audit', label: '監査' },
] as const;

export type Purpose = (typeof PURPOSES)[number]['value'];

export const DEFAULT_PURPOSE: Purpose = 'investigation';

export const PURPOSE_HEADER = 'x-purpose';

export function isPurpose(value: unknown): value is Purpose {
  return PURPOSES.some((p) => p.value === value);
}

/** A purpose from a query string or header; the default when absent or unknown. */
export function purposeOr(value: unknown, fallback: Purpose = DEFAULT_PURPOSE): Purpose {
  return isPurpose(value) ? value : fallback;
}

export function purposeLabel(purpose: Purpose): string {
  return PURPOSES.find((p) => p.value === purpose)?.label ?? purpose;
}
