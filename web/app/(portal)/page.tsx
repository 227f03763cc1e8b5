import type { Metadata } from 'next';
import Link from 'next/link';
import { ApplicationsTable } from '@/components/home/applications-table';
import { CaseloadTable } from '@/components/home/caseload-table';
import { graphql } from '@/gql';
import { queryGateway } from '@/lib/gateway';
import { describeError } from '@/lib/graphql-errors';
import { referenceToday } from '@/lib/today';

export const metadata: Metadata = { title: 'ホーム' };

const HomePageQuery = graphql(`
  query HomePage {
    me { staffId name role }
    myCaseload { caseNo ...CaseloadRow }
    myApplications { applicationNo ...ApplicationRow }
  }
`);

// The graph has no change notices yet (they arrive with the notice inbox): every count is an honest 0.
const noUnreadNotices = () => 0;

export default async function HomePage() {
  const result = await queryGateway(HomePageQuery, {}, 'case-review');
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
      <p className="small muted">未読通知: 異動通知の検知が始まるまでは、どのケースも 0 件です。</p>
      <section aria-labelledby="applications-title">
        <h2 id="applications-title">調査中の保護申請</h2>
        <ApplicationsTable applications={data.myApplications} today={referenceToday()} unreadNotices={noUnreadNotices} />
      </section>
      <section aria-labelledby="caseload-title">
        <h2 id="caseload-title">担当ケース</h2>
        <CaseloadTable cases={data.myCaseload} unreadNotices={noUnreadNotices} />
      </section>
    </>
  );
}
