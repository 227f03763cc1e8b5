'use client';

import Link from 'next/link';
import { usePathname, useSearchParams } from 'next/navigation';
import { useMemo, useState, useSyncExternalStore } from 'react';
import { NOTICE_TABS, noticeTab } from '@/lib/notices';
import { useLiveNotices, type LiveState } from './live-notices';
import { NoticeList, type InboxFilter, type TabCounts } from './notice-list';

const noop = () => () => {};

/** True once running in the browser: the inbox reads through /api/graphql, never while rendering on the server. */
function useHydrated(): boolean {
  return useSyncExternalStore(noop, () => true, () => false);
}

const LIVE_LABEL: Record<LiveState, string> = {
  off: '',
  connecting: '自動受信に接続しています…',
  live: '新しい通知は自動で表示されます',
  reconnecting: '自動受信が途切れました。再接続しています…',
  stopped: '自動受信は停止しています。再読み込みしてください。',
};

function LiveStatus() {
  const { state, problem } = useLiveNotices();
  if (state === 'off') return null;
  return (
    <p className={`live-status live-status--${state} small`} data-testid="live-status" data-state={state}>
      <span aria-hidden="true">{state === 'live' ? '● ' : '○ '}</span>
      {state === 'stopped' && problem ? problem : LIVE_LABEL[state]}
    </p>
  );
}

export interface TeamMember {
  staffId: string;
  name: string;
}

interface Props {
  /** A supervisor's team (the 担当 column and filter); null for a caseworker. */
  team: TeamMember[] | null;
}

/** The inbox: 未読 / 確認済 / 処理済 with counts, the 期限超過 filter and (supervisor) the caseworker filter. */
export function NoticeInbox({ team }: Props) {
  const pathname = usePathname();
  const params = useSearchParams();
  const hydrated = useHydrated();
  const [counts, setCounts] = useState<TabCounts | null>(null);
  const status = noticeTab(params.get('status'));
  const overdueOnly = params.get('overdue') === '1';
  const staffParam = params.get('staff');
  const staffId = team?.some((m) => m.staffId === staffParam) ? staffParam : null;
  const filter = useMemo<InboxFilter>(() => ({ status, overdueOnly, staffId }), [status, overdueOnly, staffId]);

  function hrefWith(changes: Record<string, string | null>): string {
    const search = new URLSearchParams(params.toString());
    for (const [key, value] of Object.entries(changes)) {
      if (value === null) search.delete(key);
      else search.set(key, value);
    }
    const query = search.toString();
    return query ? `${pathname}?${query}` : pathname;
  }

  // Filters change the URL in place (Next keeps useSearchParams in step): no server round trip.
  const replace = (changes: Record<string, string | null>) => window.history.replaceState(null, '', hrefWith(changes));

  return (
    <>
      <LiveStatus />
      <nav className="notice-tabs" aria-label="通知の区分">
        <ul>
          {NOTICE_TABS.map((tab) => (
            <li key={tab.status}>
              <Link href={hrefWith({ status: tab.status })} aria-current={tab.status === status ? 'page' : undefined} data-testid={`tab-${tab.status}`} scroll={false}>
                {tab.label}
                <span className="notice-tabs__count">{counts ? counts[tab.status] : '…'}</span>
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <div className="notice-filters">
        <label className="checkbox">
          <input type="checkbox" checked={overdueOnly} onChange={(e) => replace({ overdue: e.target.checked ? '1' : null })} />
          期限超過のみ
        </label>
        {team && (
          <div className="field field--inline">
            <label htmlFor="notice-staff">担当</label>
            <select id="notice-staff" value={staffId ?? ''} onChange={(e) => replace({ staff: e.target.value || null })}>
              <option value="">チーム全員</option>
              {team.map((m) => (
                <option key={m.staffId} value={m.staffId}>
                  {m.name}（{m.staffId}）
                </option>
              ))}
            </select>
          </div>
        )}
      </div>
      {hydrated ? (
        <NoticeList key={`${status}|${overdueOnly}|${staffId ?? ''}`} filter={filter} showAssignee={team !== null} onCounts={setCounts} />
      ) : (
        <p className="loading" role="status">
          異動通知を読み込んでいます…
        </p>
      )}
    </>
  );
}
