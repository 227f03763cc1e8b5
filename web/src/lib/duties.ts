/**
 * Which screens belong to whose duties. The auditor (監査担当) works in the audit screens only:
 * they hold no resident data, so the casework screens (担当ケース, 検索, 異動通知, 調査リスト)
 * are not offered to them, and the audit screens are not offered to anyone else. The gateway
 * refuses the data either way; this decides what the portal shows before asking.
 */
export type Area = 'casework' | 'audit';

export interface NavLink {
  href: string;
  label: string;
  /** Current only on this very path (not below it). */
  exact?: boolean;
  /** Shown only to staff who receive change notices (with the unread badge). */
  notices?: boolean;
  /** Shown only where the sandbox is served. */
  sandbox?: boolean;
}

export function areaOf(role: string): Area {
  return role === 'auditor' ? 'audit' : 'casework';
}

/** Where a signed-in user starts: the auditor in the audit log, everyone else at home. */
export function landingPath(role: string): string {
  return areaOf(role) === 'audit' ? '/audit' : '/';
}

export const CASEWORK_LINKS: readonly NavLink[] = [
  { href: '/', label: 'ホーム', exact: true },
  { href: '/notices', label: '異動通知', notices: true },
  { href: '/search', label: '検索' },
  { href: '/sandbox', label: 'GraphQL サンドボックス', sandbox: true },
];

export const AUDIT_LINKS: readonly NavLink[] = [
  { href: '/audit', label: '監査ログ', exact: true },
  { href: '/audit/anomalies', label: '不審なアクセス' },
  { href: '/audit/disclosure', label: '開示請求' },
];

/** The navigation of a role: its area's links, less those the user or the portal does not have. */
export function navLinks(role: string, { notices, sandbox }: { notices: boolean; sandbox: boolean }): NavLink[] {
  const links = areaOf(role) === 'audit' ? AUDIT_LINKS : CASEWORK_LINKS;
  return links.filter((link) => (notices || !link.notices) && (sandbox || !link.sandbox));
}

export function isCurrent(pathname: string, link: NavLink): boolean {
  return link.exact ? pathname === link.href : pathname === link.href || pathname.startsWith(`${link.href}/`);
}

/** What a user outside an area is told instead of the screen. */
export function outsideAreaMessage(area: Area): { title: string; body: string } {
  if (area === 'casework') {
    return {
      title: 'この画面は監査担当の職務外です',
      body: '担当ケース・住民検索・異動通知・調査リストは、生活保護の業務を担当する職員の画面です。監査担当は、監査ログ・不審なアクセス・開示請求の画面をお使いください。',
    };
  }
  return {
    title: 'この画面は監査担当の画面です',
    body: '監査ログ・不審なアクセス・開示請求は、監査担当（監査部門）の職員だけが利用できます。',
  };
}
