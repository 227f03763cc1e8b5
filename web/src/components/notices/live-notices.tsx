'use client';

/**
 * The live notice channel of a signed-in page: one EventSource to the portal's own
 * /api/notices/stream (the server holds the token and the gateway's graphql-ws connection), the
 * unread count the navigation badge shows, and the notices that arrive, handed to whoever listens
 * (the inbox). It lives in the portal layout, so it survives navigation between pages. On every
 * (re)connect it asks for what it missed since the last cursor it saw, and for the count again.
 */
import { useClient } from '@urql/next';
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { getFragmentData, type FragmentType } from '@/gql';
import type { NoticeLiveFragment } from '@/gql/graphql';
import { PURPOSE_HEADER } from '@/lib/purposes';
import type { StreamFailure } from '@/lib/sse';
import { NoticeLive, NoticesSinceQuery, UnreadNoticeCountQuery } from './notice-documents';

export const NOTICE_STREAM_PATH = '/api/notices/stream';

/** Every request of the notice screens states why personal data is read. */
export const NOTICE_CONTEXT = { fetchOptions: { headers: { [PURPOSE_HEADER]: 'notice-handling' } } };

export type LiveState = 'off' | 'connecting' | 'live' | 'reconnecting' | 'stopped';

export interface NoticeListener {
  /** A notice not seen before on this page, live or caught up after a reconnect. */
  onNotice(notice: NoticeLiveFragment): void;
  /** The stream (re)connected: a list fetched before may lack notices raised meanwhile. */
  onResync?(): void;
}

interface LiveNotices {
  state: LiveState;
  /** Unread notices of the signed-in user (null until known). */
  unreadCount: number | null;
  /** Why the stream stopped or is reconnecting, in Japanese. */
  problem: string | null;
  listen(listener: NoticeListener): () => void;
  refreshCount(): void;
}

const NoticesContext = createContext<LiveNotices>({ state: 'off', unreadCount: null, problem: null, listen: () => () => {}, refreshCount: () => {} });

export function useLiveNotices(): LiveNotices {
  return useContext(NoticesContext);
}

const CATCH_UP_PAGE = 200;

function useUnreadCount(enabled: boolean) {
  const client = useClient();
  const [count, setCount] = useState<number | null>(null);
  const inFlight = useRef(false);
  const arrivedMeanwhile = useRef(false);
  const refresh = useCallback(async () => {
    if (!enabled) return;
    if (inFlight.current) {
      arrivedMeanwhile.current = true;
      return;
    }
    inFlight.current = true;
    arrivedMeanwhile.current = false;
    const result = await client.query(UnreadNoticeCountQuery, {}, { ...NOTICE_CONTEXT, requestPolicy: 'network-only' }).toPromise();
    inFlight.current = false;
    if (result.data) setCount(result.data.notices.unreadCount);
    // A notice counted by `bump` while the query ran may be missing from its answer: ask again.
    if (arrivedMeanwhile.current) void refresh();
  }, [client, enabled]);
  const bump = useCallback(() => {
    if (inFlight.current) arrivedMeanwhile.current = true;
    setCount((c) => (c === null ? c : c + 1));
  }, []);
  return { count, refresh, bump };
}

/** `enabled`: only staff who receive notices (caseworkers, supervisors) open the stream. */
export function LiveNoticesProvider({ enabled, children }: { enabled: boolean; children: ReactNode }) {
  const client = useClient();
  const [state, setState] = useState<LiveState>(enabled ? 'connecting' : 'off');
  const [problem, setProblem] = useState<string | null>(null);
  const listeners = useRef(new Set<NoticeListener>());
  const seen = useRef(new Set<string>());
  const lastCursor = useRef<string | null>(null);
  const { count, refresh, bump } = useUnreadCount(enabled);

  const deliver = useCallback(
    (raw: FragmentType<typeof NoticeLive>) => {
      const notice = getFragmentData(NoticeLive, raw);
      lastCursor.current = notice.cursor;
      if (seen.current.has(notice.id)) return;
      seen.current.add(notice.id);
      if (notice.status === 'UNREAD') bump();
      for (const listener of listeners.current) listener.onNotice(notice);
    },
    [bump],
  );

  const catchUp = useCallback(async () => {
    for (let after = lastCursor.current; after; ) {
      const result = await client.query(NoticesSinceQuery, { after, first: CATCH_UP_PAGE }, { ...NOTICE_CONTEXT, requestPolicy: 'network-only' }).toPromise();
      const page = result.data?.notices;
      if (!page) return;
      page.nodes.forEach(deliver);
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor ?? null : null;
    }
  }, [client, deliver]);

  useEffect(() => {
    if (!enabled) return;
    void refresh();
    const source = new EventSource(NOTICE_STREAM_PATH);
    const resync = () => {
      void catchUp().then(refresh);
      for (const listener of listeners.current) listener.onResync?.();
    };
    source.addEventListener('ready', () => {
      setState('live');
      setProblem(null);
      resync();
    });
    source.addEventListener('gap', resync);
    source.addEventListener('notice', (event) => deliver(JSON.parse((event as MessageEvent<string>).data) as FragmentType<typeof NoticeLive>));
    source.addEventListener('failure', (event) => {
      const failure = JSON.parse((event as MessageEvent<string>).data) as StreamFailure;
      setProblem(failure.message);
      if (failure.fatal) {
        source.close();
        setState('stopped');
      }
    });
    // EventSource reconnects by itself (after the stream's `retry`), unless the portal refused it.
    source.onerror = () => setState(source.readyState === EventSource.CLOSED ? 'stopped' : 'reconnecting');
    return () => source.close();
  }, [enabled, catchUp, deliver, refresh]);

  const listen = useCallback((listener: NoticeListener) => {
    listeners.current.add(listener);
    return () => void listeners.current.delete(listener);
  }, []);

  const value = useMemo<LiveNotices>(
    () => ({ state, unreadCount: count, problem, listen, refreshCount: () => void refresh() }),
    [state, count, problem, listen, refresh],
  );
  return <NoticesContext.Provider value={value}>{children}</NoticesContext.Provider>;
}
