'use client';

import { useQuery } from '@urql/next';
import { useCallback, useEffect, useRef, useState } from 'react';
import { getFragmentData, graphql } from '@/gql';
import type { NoticeInboxQuery, NoticeLiveFragment } from '@/gql/graphql';
import { describeError } from '@/lib/graphql-errors';
import { inboxRows, type NoticeStatusValue } from '@/lib/notices';
import { NOTICE_CONTEXT, useLiveNotices } from './live-notices';
import { NoticeLive } from './notice-documents';
import { NoticeTableRow } from './notice-row';

const NoticeInboxQueryDocument = graphql(`
  query NoticeInbox($status: NoticeStatus!, $overdueOnly: Boolean, $staffId: ID, $first: Int) {
    unread: notices(status: UNREAD, first: 1, overdueOnly: $overdueOnly, staffId: $staffId) { totalCount }
    acknowledged: notices(status: ACKNOWLEDGED, first: 1, overdueOnly: $overdueOnly, staffId: $staffId) { totalCount }
    resolved: notices(status: RESOLVED, first: 1, overdueOnly: $overdueOnly, staffId: $staffId) { totalCount }
    list: notices(status: $status, first: $first, orderBy: PRIORITY, overdueOnly: $overdueOnly, staffId: $staffId) {
      totalCount
      overdueCount
      pageInfo { hasNextPage }
      nodes { ...NoticeLive }
    }
  }
`);

export const LIST_LIMIT = 200;

/** The counts of the three tabs under the current filter. */
export type TabCounts = Record<NoticeStatusValue, number>;

export interface InboxFilter {
  status: NoticeStatusValue;
  overdueOnly: boolean;
  /** The supervisor's choice of one caseworker; null for everyone visible. */
  staffId: string | null;
}

function matches(filter: InboxFilter, n: NoticeLiveFragment): boolean {
  return n.status === filter.status && (!filter.overdueOnly || n.overdue) && (!filter.staffId || n.assignedTo?.staffId === filter.staffId);
}

function countsOf(data: NoticeInboxQuery): TabCounts {
  return { UNREAD: data.unread.totalCount, ACKNOWLEDGED: data.acknowledged.totalCount, RESOLVED: data.resolved.totalCount };
}

/** Re-reads the list a moment after the last live arrival: a sweep raises many notices at once. */
function useDebounced(fn: () => void, ms: number): () => void {
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  return useCallback(() => {
    clearTimeout(timer.current);
    timer.current = setTimeout(fn, ms);
  }, [fn, ms]);
}

const HEADERS = ['期限', '種別', '内容', '世帯員', '影響額（月額）', '遅延1か月あたりの過払い', '発生源', '検知日時'];

/** One tab of the inbox: fetched in the API's priority order, live arrivals on top (新着). */
export function NoticeList({ filter, showAssignee, onCounts }: { filter: InboxFilter; showAssignee: boolean; onCounts(counts: TabCounts): void }) {
  const live = useLiveNotices();
  const [arrived, setArrived] = useState<NoticeLiveFragment[]>([]);
  const variables = { status: filter.status, overdueOnly: filter.overdueOnly || null, staffId: filter.staffId, first: LIST_LIMIT };
  const [result, reexecute] = useQuery({ query: NoticeInboxQueryDocument, variables, context: NOTICE_CONTEXT, requestPolicy: 'cache-and-network' });
  const refetch = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  const refetchSoon = useDebounced(refetch, 300);

  useEffect(() => {
    if (result.data) onCounts(countsOf(result.data));
  }, [result.data, onCounts]);

  useEffect(
    () =>
      live.listen({
        onNotice: (n) => {
          if (matches(filter, n)) setArrived((list) => [...list.filter((a) => a.id !== n.id), n]);
          refetchSoon();
        },
        onResync: refetchSoon,
      }),
    [live, filter, refetchSoon],
  );

  const changed = useCallback(
    (updated: NoticeLiveFragment) => {
      setArrived((list) => list.map((a) => (a.id === updated.id ? updated : a)));
      refetch();
      live.refreshCount();
    },
    [refetch, live],
  );

  if (result.error && !result.data) {
    return (
      <div className="message message--error" role="alert">
        <p>異動通知を表示できませんでした。</p>
        <p>{describeError(result.error)}</p>
      </div>
    );
  }
  if (!result.data) return <p className="loading" role="status">異動通知を読み込んでいます…</p>;
  const list = result.data.list;
  const fetched = list.nodes.map((n) => getFragmentData(NoticeLive, n));
  // A live arrival handled here (確認, 処理済) leaves the tab with its new status.
  const fresh = arrived.filter((n) => matches(filter, n));
  const rows = inboxRows(fetched, fresh);
  if (rows.length === 0) return <p className="muted" data-testid="notices-empty">この区分の異動通知はありません。</p>;
  return (
    <div className="table-scroll">
      {/* Screen readers hear of live arrivals; sighted users see them on top, marked 新着. */}
      <p className="visually-hidden" role="status">
        {fresh.length > 0 ? `新着の異動通知が ${fresh.length} 件あります。` : ''}
      </p>
      <table className="data notices" data-testid="notices">
        <caption>
          {list.totalCount} 件（期限の早い順、同じ期限では遅延1か月あたりの過払いの大きい順）
          {list.overdueCount > 0 && <strong className="badge badge--critical">期限超過 {list.overdueCount} 件</strong>}
          {list.pageInfo.hasNextPage && <span className="small muted">　先頭 {LIST_LIMIT} 件を表示しています。</span>}
        </caption>
        <thead>
          <tr>
            {HEADERS.map((h) => (
              <th key={h} scope="col" className={h.includes('額') || h.includes('過払い') ? 'num' : undefined}>
                {h}
              </th>
            ))}
            {showAssignee && <th scope="col">担当</th>}
            <th scope="col">操作</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ notice, isNew }) => (
            <NoticeTableRow key={notice.id} notice={notice} isNew={isNew} showAssignee={showAssignee} onChanged={changed} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
