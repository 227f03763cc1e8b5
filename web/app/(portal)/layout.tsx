import { headers } from 'next/headers';
import type { ReactNode } from 'react';
import { SiteHeader } from '@/components/layout/site-header';
import { LiveNoticesProvider } from '@/components/notices/live-notices';
import { GraphqlProvider } from '@/components/urql/graphql-provider';
import { receivesNotices, signedInStaff } from '@/lib/identity';
import { requireSession } from '@/lib/session';

/**
 * Pages for signed-in staff: the header, the urql provider for the parts that query from the
 * browser, and (for staff who receive change notices) the live notice channel the navigation's
 * badge and the inbox share, kept open across pages.
 */
export default async function PortalLayout({ children }: { children: ReactNode }) {
  await requireSession();
  const staff = await signedInStaff();
  const nonce = (await headers()).get('x-nonce') ?? undefined;
  return (
    <GraphqlProvider nonce={nonce}>
      <LiveNoticesProvider enabled={!!staff && receivesNotices(staff.role)}>
        <SiteHeader staff={staff} />
        <main id="main" className="page">
          {children}
        </main>
      </LiveNoticesProvider>
    </GraphqlProvider>
  );
}
