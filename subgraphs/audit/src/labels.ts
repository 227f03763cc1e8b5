import { DEPARTMENTS } from '@smart-casework/kit';

/** 利用目的 (x-purpose) in Japanese, as the portal offers them. */
const PURPOSE_LABELS: Readonly<Record<string, string>> = {
  investigation: '29条調査',
  'case-review': '保護の決定・変更',
  'visit-prep': '訪問準備',
  'notice-handling': '異動通知の処理',
  audit: '監査',
  'tax-assessment': '課税事務',
  'access-control': 'アクセス制御（システム）',
};

/** Why a request was refused, in Japanese. */
const REASON_LABELS: Readonly<Record<string, string>> = {
  OUT_OF_CASELOAD: '担当外',
  ROLE: '権限外',
  PURPOSE_REQUIRED: '利用目的の記載なし',
  PURPOSE_NOT_ALLOWED: '目的外',
};

/** Error codes of refusals, in Japanese. */
const CODE_LABELS: Readonly<Record<string, string>> = {
  FORBIDDEN: '権限なし',
  UNAUTHENTICATED: '未認証',
  BAD_USER_INPUT: '不正な入力',
  PERSISTED_QUERY_NOT_FOUND: '未登録の操作',
  RATE_LIMITED: '回数制限超過',
};

export function purposeLabel(purpose: string | null): string | null {
  return purpose === null ? null : (PURPOSE_LABELS[purpose] ?? purpose);
}

export function reasonLabel(reason: string | null): string | null {
  return reason === null ? null : (REASON_LABELS[reason] ?? reason);
}

export function codeLabel(code: string | null): string {
  return code === null ? '理由不明' : (CODE_LABELS[code] ?? code);
}

/** 課・業務名; the gateway refuses some requests itself, before any department. */
export function departmentLabelOf(department: string | null): string | null {
  if (department === null) return null;
  if (department === 'gateway') return 'ゲートウェイ（受付）';
  return DEPARTMENTS.find((d) => d.name === department)?.label ?? department;
}
