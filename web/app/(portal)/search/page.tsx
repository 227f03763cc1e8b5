import type { Metadata } from 'next';
import { Suspense } from 'react';
import { ResidentSearch } from '@/components/search/resident-search';
import { referenceToday } from '@/lib/today';

export const metadata: Metadata = { title: '住民検索' };

export default function SearchPage() {
  return (
    <>
      <h1>住民検索</h1>
      <Suspense fallback={<p className="loading">検索画面を準備しています…</p>}>
        <ResidentSearch today={referenceToday()} />
      </Suspense>
    </>
  );
}
