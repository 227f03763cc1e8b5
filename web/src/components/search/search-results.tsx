'use client';

import { useMemo, type KeyboardEvent, type Ref } from 'react';
import { useQuery } from '@urql/next';
import { graphql } from '@/gql';
import { describeError } from '@/lib/graphql-errors';
import { PURPOSE_HEADER, type Purpose } from '@/lib/purposes';
import { ResultItem } from './result-item';

const SearchResidentsQuery = graphql(`
  query SearchResidents($query: String!, $birthDate: Date, $first: Int) {
    searchResidents(query: $query, birthDate: $birthDate, first: $first) {
      atenaNo
      ...ResidentResult
    }
  }
`);

export const RESULT_LIMIT = 50;

interface Props {
  query: string;
  birthDate: string | null;
  purpose: Purpose;
  today: string;
  listRef: Ref<HTMLOListElement>;
}

function links(list: HTMLElement): HTMLAnchorElement[] {
  return [...list.querySelectorAll<HTMLAnchorElement>('a[data-result]')];
}

/** Arrow keys move between results (Home/End to the ends); Enter opens one (it is a link). */
function moveFocus(event: KeyboardEvent<HTMLOListElement>) {
  const all = links(event.currentTarget);
  const at = all.indexOf(document.activeElement as HTMLAnchorElement);
  const target = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: all.length - 1 }[event.key];
  if (target === undefined) return;
  event.preventDefault();
  all[Math.max(0, Math.min(all.length - 1, target))]?.focus();
}

export function SearchResults({ query, birthDate, purpose, today, listRef }: Props) {
  const context = useMemo(() => ({ fetchOptions: { headers: { [PURPOSE_HEADER]: purpose } } }), [purpose]);
  const [result] = useQuery({ query: SearchResidentsQuery, variables: { query, birthDate, first: RESULT_LIMIT }, context, requestPolicy: 'network-only' });
  if (result.fetching) return <p className="loading" role="status">検索しています…</p>;
  if (result.error) {
    return (
      <div className="message message--error" role="alert">
        <p>検索できませんでした。</p>
        <p>{describeError(result.error)}</p>
      </div>
    );
  }
  const found = result.data?.searchResidents ?? [];
  return (
    <section aria-labelledby="results-title">
      <h2 id="results-title" role="status">
        {found.length === 0 ? '該当する住民はいません' : `検索結果 ${found.length} 件${found.length >= RESULT_LIMIT ? `（先頭 ${RESULT_LIMIT} 件。条件を絞り込んでください）` : ''}`}
      </h2>
      {found.length > 0 && (
        <>
          <p className="small muted">↑↓キーで選び、Enter で世帯の調査リストを開きます。</p>
          <ol className="results" ref={listRef} onKeyDown={moveFocus} aria-labelledby="results-title" data-testid="search-results">
            {found.map((r) => (
              <ResultItem key={r.atenaNo} resident={r} today={today} purpose={purpose} />
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
