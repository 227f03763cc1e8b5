import type { Metadata } from 'next';
import { Suspense } from 'react';
import { NoticeInbox, type TeamMember } from '@/components/notices/notice-inbox';
import { graphql } from '@/gql';
import { queryGateway } from '@/lib/gateway';
import { receivesNotices, signedInStaff } from '@/lib/identity';

export const metadata: Metadata = { title: '異動通知' };

const NoticeTeamQuery = graphql(`
  query NoticeTeam {
    me { staffId team { staffId name } }
  }
`);

/** The supervisor's team, for the 担当 filter; null for anyone else (their inbox is their own). */
async function teamOf(role: string): Promise<TeamMember[] | null> {
  if (role !== 'supervisor') return null;
  const result = await queryGateway(NoticeTeamQuery, {});
  return result.data?.me.team.map((m) => ({ staffId: m.staffId, name: m.name })) ?? [];
}

export default async function NoticesPage() {
  const staff = await signedInStaff();
  if (!staff || !receivesNotices(staff.role)) {
    return (
      <>
        <h1>異動通知</h1>
        <p className="message">異動通知は、生活保護のケースワーカーと査察指導員が受け取ります。</p>
      </>
    );
  }
  const team = await teamOf(staff.role);
  return (
    <>
      <h1>{team ? 'チームの異動通知' : '異動通知'}</h1>
      <p className="small muted">
        担当世帯の住民記録・税・年金・手当・介護・障害の異動です。期限までに確認し、保護費の変更など必要な処理をして記録してください。
      </p>
      <Suspense fallback={<p className="loading">異動通知を準備しています…</p>}>
        <NoticeInbox team={team} />
      </Suspense>
    </>
  );
}
