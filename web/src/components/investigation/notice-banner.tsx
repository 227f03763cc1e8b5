import Link from 'next/link';
import { graphql } from '@/gql';
import { formatDate } from '@/lib/format';
import { queryGateway } from '@/lib/gateway';
import { formatSignedYen } from '@/lib/notices';

const NoticeBannerQuery = graphql(`
  query NoticeBanner($id: ID!) {
    notice(id: $id) { id kind summary dueDate overdue status estimatedMonthlyImpact resident { atenaNo name } }
  }
`);

/**
 * Above the list opened from a notice: which notice, for whom and by when, with the way back to
 * the inbox; says so when the member is no longer in the household (転出, 死亡).
 */
export async function NoticeBanner({ noticeId, memberShown }: { noticeId: string; memberShown(atenaNo: string): boolean }) {
  const result = await queryGateway(NoticeBannerQuery, { id: noticeId }, 'notice-handling');
  const notice = result.data?.notice;
  if (!notice) return null;
  return (
    <div className={`message no-print ${notice.overdue ? 'message--error' : 'message--warning'}`} data-testid="notice-banner">
      <p>
        <strong>異動通知</strong>（{notice.kind}）: {notice.summary}
      </p>
      <p className="small">
        対象: {notice.resident.name}　期限: {formatDate(notice.dueDate)}
        {notice.overdue && <strong className="badge badge--critical">期限超過</strong>}
        {notice.estimatedMonthlyImpact !== null && notice.estimatedMonthlyImpact !== undefined && <>　影響額（月額）: {formatSignedYen(notice.estimatedMonthlyImpact)}</>}
      </p>
      {!memberShown(notice.resident.atenaNo) && <p className="small">この方は現在の世帯員に含まれていません（転出・死亡など）。住民記録の異動履歴を確認してください。</p>}
      <p className="small">
        <Link href="/notices">異動通知の一覧に戻る</Link>
      </p>
    </div>
  );
}
