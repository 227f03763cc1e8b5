import type { Metadata } from 'next';
import Link from 'next/link';
import { InvestigationView } from '@/components/investigation/investigation-view';
import { loadInvestigationList } from '@/components/investigation/investigation-query';
import { purposeOr } from '@/lib/purposes';

type Params = Promise<{ householdNo: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

function first(value: string | string[] | undefined): string | null {
  return (Array.isArray(value) ? value[0] : value) ?? null;
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { householdNo } = await params;
  return { title: `調査リスト（世帯番号 ${householdNo}）` };
}

export default async function HouseholdPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { householdNo } = await params;
  const query = await searchParams;
  const purpose = purposeOr(first(query.purpose));
  const load = await loadInvestigationList(householdNo, purpose);
  if (load.kind === 'ok') return <InvestigationView list={load.list} focus={first(query.focus)} />;
  return (
    <>
      <h1>調査リスト</h1>
      <div className="message message--error" role="alert">
        <p>{load.kind === 'not-found' ? `世帯番号 ${householdNo} の世帯は見つかりませんでした。` : '調査リストを作成できませんでした。'}</p>
        {load.kind === 'error' && <p>{load.message}</p>}
      </div>
      <p>
        <Link href="/search">住民検索に戻る</Link>
      </p>
    </>
  );
}
