import { headers } from 'next/headers';
import type { ReactNode } from 'react';
import { SiteHeader } from '@/components/layout/site-header';
import { GraphqlProvider } from '@/components/urql/graphql-provider';
import { signedInStaff } from '@/lib/identity';
import { requireSession } from '@/lib/session';

/** Pages for signed-in staff: the header, and the urql provider for the parts that query from the browser. */
export default async function PortalLayout({ children }: { children: ReactNode }) {
  await requireSession();
  const staff = await signedInStaff();
  const nonce = (await headers()).get('x-nonce') ?? undefined;
  return (
    <GraphqlProvider nonce={nonce}>
      <SiteHeader staff={staff} />
      <main id="main" className="page">
        {children}
      </main>
    </GraphqlProvider>
  );
}
