/**
 * The audit trail's codes as the auditor reads them: roles, divisions, outcomes, refusal codes
 * and reasons (in the same words as the audit subgraph's own labels), and a terminal's
 * User-Agent shortened to what tells terminals apart.
 */
import { ROLE_LABEL } from '../identity';

const EMPTY = '—';

export const DIVISION_LABEL: Readonly<Record<string, string>> = {
  welfare: '福祉事務所',
  tax: '税務課',
  audit: '監査',
  system: 'システム',
};

/** Why a department refused (`extensions.reason`). */
const REASON_LABEL: Readonly<Record<string, string>> = {
  OUT_OF_CASELOAD: '担当外',
  ROLE: '権限外',
  PURPOSE_REQUIRED: '利用目的の記載なし',
  PURPOSE_NOT_ALLOWED: '目的外',
};

/** What kind of refusal (`extensions.code`). */
const CODE_LABEL: Readonly<Record<string, string>> = {
  FORBIDDEN: '権限なし',
  UNAUTHENTICATED: '未認証',
  BAD_USER_INPUT: '不正な入力',
  PERSISTED_QUERY_NOT_FOUND: '未登録の操作',
  RATE_LIMITED: '回数制限超過',
};

/** ケースワーカー; an unknown code is shown as it is, none as —. */
export function roleLabel(role: string | null): string {
  return role ? (ROLE_LABEL[role] ?? role) : EMPTY;
}

/** 福祉事務所; an unknown code is shown as it is, none as —. */
export function divisionLabel(division: string | null): string {
  return division ? (DIVISION_LABEL[division] ?? division) : EMPTY;
}

/** ケースワーカー・福祉事務所. */
export function roleAndDivision(role: string | null, division: string | null): string {
  const parts = [role ? roleLabel(role) : null, division ? divisionLabel(division) : null].filter((p) => p !== null);
  return parts.length > 0 ? parts.join('・') : EMPTY;
}

export function outcomeLabel(outcome: 'ALLOWED' | 'DENIED'): string {
  return outcome === 'ALLOWED' ? '開示' : '拒否';
}

export function reasonLabel(reason: string | null): string | null {
  return reason === null ? null : (REASON_LABEL[reason] ?? reason);
}

export function codeLabel(code: string | null): string | null {
  return code === null ? null : (CODE_LABEL[code] ?? code);
}

/** 開示 / 拒否（担当外）: the result of one line with why (the reason, else the kind of refusal), in Japanese. */
export function resultLabel(outcome: 'ALLOWED' | 'DENIED', code: string | null, reason: string | null): string {
  if (outcome === 'ALLOWED') return outcomeLabel(outcome);
  const why = reasonLabel(reason) ?? codeLabel(code);
  return why ? `拒否（${why}）` : '拒否';
}

function browserOf(ua: string): string | null {
  const edge = /Edg(?:e|A|iOS)?\/(\d+)/.exec(ua);
  if (edge) return `Edge ${edge[1]}`;
  const chrome = /(Headless)?Chrom(?:e|ium)\/(\d+)/.exec(ua);
  if (chrome) return `Chrome ${chrome[2]}${chrome[1] ? ' ヘッドレス' : ''}`;
  const firefox = /Firefox\/(\d+)/.exec(ua);
  if (firefox) return `Firefox ${firefox[1]}`;
  const safari = /Version\/(\d+)[\d.]* (?:Mobile\/\S+ )?Safari\//.exec(ua);
  if (safari) return `Safari ${safari[1]}`;
  return null;
}

function systemOf(ua: string): string | null {
  if (/Windows NT/.test(ua)) return 'Windows';
  if (/iPhone|iPad/.test(ua)) return 'iOS';
  if (/Mac OS X/.test(ua)) return 'macOS';
  if (/Android/.test(ua)) return 'Android';
  if (/CrOS/.test(ua)) return 'ChromeOS';
  if (/Linux/.test(ua)) return 'Linux';
  return null;
}

const MAX_TOOL = 24;

/**
 * Chrome 130（Windows） for a browser; the first product token (curl/8.5.0, node) for a tool;
 * — when none was sent. The whole string stays available to the screen (title) and the log.
 */
export function abbreviateUserAgent(userAgent: string | null): string {
  const ua = userAgent?.trim() ?? '';
  if (ua === '') return EMPTY;
  const browser = browserOf(ua);
  if (browser) {
    const system = systemOf(ua);
    return system ? `${browser}（${system}）` : browser;
  }
  const tool = ua.split(/\s+/)[0] ?? ua;
  return tool.length > MAX_TOOL ? `${tool.slice(0, MAX_TOOL - 1)}…` : tool;
}

export type AnomalyKind = 'LATE_NIGHT' | 'BULK_LOOKUP' | 'OUT_OF_CASELOAD' | 'DENIED';

/** The kinds in the order the report shows them (most serious first), with what each means. */
export const ANOMALY_KINDS: readonly { kind: AnomalyKind; title: string; description: string }[] = [
  {
    kind: 'OUT_OF_CASELOAD',
    title: '担当外への照会',
    description: '担当ケース・担当している保護申請に含まれない世帯の情報を照会しようとして、拒否された記録です。目的外の閲覧の試みでないか、本人に確認してください。',
  },
  {
    kind: 'BULK_LOOKUP',
    title: '大量照会',
    description: '短い時間に、通常のケースワークでは必要のない人数の情報を照会した記録です。',
  },
  {
    kind: 'LATE_NIGHT',
    title: '深夜帯の閲覧',
    description: '深夜帯に個人の情報を閲覧した記録です（時間帯は各行のとおり）。勤務の記録と照らし合わせてください。',
  },
  {
    kind: 'DENIED',
    title: 'その他の拒否',
    description: '役割・照会目的・認証・回数制限などの理由で拒否された照会です。',
  },
];
