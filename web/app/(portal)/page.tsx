import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { ApplicationsTable } from '@/components/home/applications-table';
import { CaseloadTable } from '@/components/home/caseload-table';
import { graphql } from '@/gql';
import { landingPath } from '@/lib/duties';
import { queryGateway } from '@/lib/gateway';
import { describeError } from '@/lib/graphql-errors';
import { signedInStaff } from '@/lib/identity';
import { referenceToday } from '@/lib/today';

export const metadata: Metadata = { title: 'ホーム' };

const HomePageQuery = graphql(`
  query HomePage {
    me { staffId name role }
    myCaseload { caseNo ...CaseloadRow }
    myApplications { applicationNo ...ApplicationRow }
  }
`);

// Applications have no count of their own: their unread notices, counted from the inbox's first page.
const ApplicationNoticesQuery = graphql(`
  query ApplicationNotices {
    notices(status: UNREAD, first: 200) { nodes { id application { applicationNo } } }
  }
`);

/** Unread notices per application; null (the column says —) when the notices cannot be read. */
async function applicationNoticeCounts(): Promise<((applicationNo: string) => number) | null> {
  const result = await queryGateway(ApplicationNoticesQuery, {}, 'notice-handling');
  if (!result.data) return null;
  const counts = new Map<string, number>();
  for (const n of result.data.notices.nodes) {
    const no = n.application?.applicationNo;
    if (no) counts.set(no, (counts.get(no) ?? 0) + 1);
  }
  return (applicationNo) => counts.get(applicationNo) ?? 0;
}

export default async function HomePage() {
  // Sign-in lands here: the auditor's home is the audit log (they have no caseload).
  const staff = await signedInStaff();
  if (staff && landingPath(staff.role) !== '/') redirect(landingPath(staff.role));
  const [result, applicationNotices] = await Promise.all([queryGateway(HomePageQuery, {}, 'case-review'), applicationNoticeCounts()]);
  const data = result.data;
  if (!data) {
    return (
      <div className="message message--error" role="alert">
        <p>担当ケースを表示できませんでした。</p>
        <p>{result.error ? describeError(result.error) : '不明なエラーです。'}</p>
      </div>
    );
  }
  return (
    <>
      <h1>{data.me.name} さんの担当</h1>
      <p>
        <Link href="/search" className="button">
          住民を検索して調査リストを開く
        </Link>
      </p>
      <section aria-labelledby="applications-title">
        <h2 id="applications-title">調査中の保護申請</h2>
        <ApplicationsTable applications={data.myApplications} today={referenceToday()} unreadNotices={applicationNotices} />
      </section>
      <section aria-labelledby="caseload-title">
        <h2 id="caseload-title">担当ケース</h2>
        <CaseloadTable cases={data.myCaseload} />
      </section>
    </>
  );
}
