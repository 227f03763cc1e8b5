import Link from 'next/link';
import { signOut } from '@/components/auth/actions';
import { config } from '@/lib/config';
import { landingPath, navLinks } from '@/lib/duties';
import { receivesNotices, ROLE_LABEL, type SignedInStaff } from '@/lib/identity';
import { SiteNav } from './site-nav';

export function SiteHeader({ staff }: { staff: SignedInStaff | null }) {
  const role = staff?.role ?? '';
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link href={landingPath(role)} className="site-header__title">
          スマートケースワーク 総合照会
        </Link>
        <SiteNav links={navLinks(role, { notices: receivesNotices(role), sandbox: config().sandbox })} />
        <div className="site-header__user">
          {staff && (
            <span data-testid="signed-in-staff">
              {staff.name}（{staff.staffId}
              {ROLE_LABEL[staff.role] ? `・${ROLE_LABEL[staff.role]}` : ''}）
            </span>
          )}
          <form action={signOut}>
            <button type="submit" className="button button--secondary button--small">
              サインアウト
            </button>
          </form>
        </div>
      </div>
    </header>
  );
}
