'use client';

import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useRef, useSyncExternalStore } from 'react';
import { parseBirthDateInput } from '@/lib/format';
import { purposeOr } from '@/lib/purposes';
import { classifySearchInput } from '@/lib/search-input';
import { SearchForm, type SearchRequest } from './search-form';
import { SearchResults } from './search-results';

const noop = () => () => {};

/** True once running in the browser: searches go through /api/graphql, never during server rendering. */
function useHydrated(): boolean {
  return useSyncExternalStore(noop, () => true, () => false);
}

/**
 * Search by name, kana or 宛名番号 with an optional birth date. The request lives in the URL
 * (?q=&birth=&purpose=), so going back from a household returns to the same results.
 */
export function ResidentSearch({ today }: { today: string }) {
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const hydrated = useHydrated();
  const listRef = useRef<HTMLOListElement>(null);
  const request: SearchRequest = { query: params.get('q') ?? '', birth: params.get('birth') ?? '', purpose: purposeOr(params.get('purpose')) };

  const input = classifySearchInput(request.query);
  const birth = request.birth ? parseBirthDateInput(request.birth, today) : null;
  const runnable = input.kind === 'name' || (input.kind === 'atenaNo' && input.valid);
  const query = input.kind === 'atenaNo' ? input.value : request.query;

  function search(next: SearchRequest) {
    const search = new URLSearchParams({ q: next.query, purpose: next.purpose });
    if (next.birth) search.set('birth', next.birth);
    router.replace(`${pathname}?${search.toString()}`, { scroll: false });
  }

  return (
    <>
      <SearchForm key={params.toString()} initial={request} today={today} onSearch={search} onArrowDown={() => listRef.current?.querySelector<HTMLAnchorElement>('a[data-result]')?.focus()} />
      {hydrated && runnable && (!birth || birth.ok) && (
        <SearchResults query={query} birthDate={birth?.ok ? birth.iso : null} purpose={request.purpose} today={today} listRef={listRef} />
      )}
    </>
  );
}
