'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { useLiveNotices } from '@/components/notices/live-notices';
import { isCurrent, type NavLink } from '@/lib/duties';

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

/** `links`: the signed-in user's (lib/duties navLinks: the audit screens for the auditor, casework for the rest). */
export function SiteNav({ links }: { links: readonly NavLink[] }) {
  const pathname = usePathname();
  return (
    <nav className="site-nav" aria-label="メインメニュー">
      <ul>
        {links.map((link) => (
          <li key={link.href}>
            <Link href={link.href} aria-current={isCurrent(pathname, link) ? 'page' : undefined}>
              {link.label}
              {link.notices && <UnreadBadge />}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
