import type { Metadata } from 'next';
import Link from 'next/link';
import { InvestigationView } from '@/components/investigation/investigation-view';
import { loadInvestigationList } from '@/components/investigation/investigation-query';
import { NoticeBanner } from '@/components/investigation/notice-banner';
import { outsideArea } from '@/components/layout/area-gate';
import { changeHighlight } from '@/lib/change-highlight';
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
  const outside = await outsideArea('casework');
  if (outside) return outside;
  const { householdNo } = await params;
  const query = await searchParams;
  const highlight = changeHighlight({ notice: first(query.notice), section: first(query.section), atenaNo: first(query.atenaNo) });
  // Opened from a notice, the list is read for handling it unless the caseworker chose otherwise.
  const purpose = purposeOr(first(query.purpose), highlight ? 'notice-handling' : undefined);
  const load = await loadInvestigationList(householdNo, purpose);
  if (load.kind === 'ok') {
    const shown = new Set(load.list.members.map((m) => m.atenaNo));
    const banner = highlight ? <NoticeBanner noticeId={highlight.noticeId} memberShown={(atenaNo) => shown.has(atenaNo)} /> : null;
    return <InvestigationView list={load.list} focus={first(query.focus)} highlight={highlight} banner={banner} />;
  }
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
