'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { useLiveNotices } from '@/components/notices/live-notices';

const LINKS = [
  { href: '/', label: 'ホーム' },
  { href: '/notices', label: '異動通知', notices: true },
  { href: '/search', label: '検索' },
  { href: '/sandbox', label: 'GraphQL サンドボックス', sandbox: true },
] as const;

function isCurrent(pathname: string, href: string): boolean {
  return href === '/' ? pathname === '/' : pathname.startsWith(href);
}

/** The unread count beside 異動通知, updated live by the layout's notice channel. */
function UnreadBadge() {
  const { unreadCount } = useLiveNotices();
  if (unreadCount === null) return null;
  return (
    <span className={unreadCount > 0 ? 'nav-badge' : 'nav-badge nav-badge--zero'} data-testid="unread-badge" data-count={unreadCount}>
      {unreadCount}
      <span className="visually-hidden">件未読</span>
    </span>
  );
}

/** `notices`: the signed-in user receives change notices (the 異動通知 link and its badge); `sandbox`: /sandbox is served. */
export function SiteNav({ notices, sandbox }: { notices: boolean; sandbox: boolean }) {
  const pathname = usePathname();
  return (
    <nav className="site-nav" aria-label="メインメニュー">
      <ul>
        {LINKS.filter((link) => (notices || !('notices' in link)) && (sandbox || !('sandbox' in link))).map((link) => (
          <li key={link.href}>
            <Link href={link.href} aria-current={isCurrent(pathname, link.href) ? 'page' : undefined}>
              {link.label}
              {'notices' in link && <UnreadBadge />}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
