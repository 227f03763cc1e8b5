/**
 * The notice documents shared by the live stream (route handler, server), the layout's live
 * provider and the inbox (browser). `NoticeLive` is what every delivered notice carries: what
 * ordering, filtering and catching up need, plus the row the inbox renders (`NoticeRow`).
 * (A .tsx file without JSX so that codegen's document glob finds it, as investigation-query.tsx.)
 */
import { graphql } from '@/gql';

export const NoticeLive = graphql(`
  fragment NoticeLive on ChangeNotice {
    id
    cursor
    status
    dueDate
    overdue
    overpaymentPerMonth
    detectedAt
    assignedTo { staffId }
    ...NoticeRow
  }
`);

/** The one subscription: a notice raised for the signed-in user's caseload (a supervisor: the team's). */
export const NoticeStreamSubscription = graphql(`
  subscription NoticeStream {
    noticeAdded { ...NoticeLive }
  }
`);

/** What a reconnecting browser missed: every notice after its last cursor, in arrival order. */
export const NoticesSinceQuery = graphql(`
  query NoticesSince($after: String, $first: Int) {
    notices(after: $after, first: $first, orderBy: ARRIVAL) {
      nodes { ...NoticeLive }
      pageInfo { endCursor hasNextPage }
    }
  }
`);

/** The navigation badge: unread notices of the signed-in user (a supervisor: the team's). */
export const UnreadNoticeCountQuery = graphql(`
  query UnreadNoticeCount {
    notices(status: UNREAD, first: 1) { unreadCount }
  }
`);
