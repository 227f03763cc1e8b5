import Link from 'next/link';
import { getFragmentData, graphql, type FragmentType } from '@/gql';
import { formatDate, formatYen } from '@/lib/format';

export const CaseloadRow = graphql(`
  fragment CaseloadRow on WelfareCase {
    caseNo
    status
    startedOn
    lastReviewedOn
    householdSize
    monthlyBenefit
    unreadNoticeCount
    household { householdNo head { atenaNo name nameKana } }
    findings { severity }
  }
`);

type Row = FragmentType<typeof CaseloadRow>;

/** Oldest review first: the visits that are most overdue lead. */
function byLastReview(a: { lastReviewedOn: string | null }, b: { lastReviewedOn: string | null }): number {
  return (a.lastReviewedOn ?? '').localeCompare(b.lastReviewedOn ?? '');
}

export function CaseloadTable({ cases }: { cases: readonly Row[] }) {
  const rows = cases.map((c) => getFragmentData(CaseloadRow, c)).sort(byLastReview);
  if (rows.length === 0) return <p className="muted">担当ケースはありません。</p>;
  return (
    <div className="table-scroll">
      <table className="data" data-testid="caseload">
        <caption>{rows.length} 件（最終訪問・審査日の古い順）</caption>
        <thead>
          <tr>
            <th scope="col">ケース番号</th>
            <th scope="col">世帯主</th>
            <th scope="col" className="num">世帯人員</th>
            <th scope="col">状態</th>
            <th scope="col">最終訪問・審査日</th>
            <th scope="col" className="num">保護費（月額）</th>
            <th scope="col" className="num">要確認</th>
            <th scope="col" className="num">未読通知</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((c) => (
            <tr key={c.caseNo}>
              <td className="mono">{c.caseNo}</td>
              <th scope="row">
                <Link href={`/household/${c.household.householdNo}?purpose=case-review`} prefetch={false}>{c.household.head.name}</Link>
                <div className="small muted">{c.household.head.nameKana}</div>
              </th>
              <td className="num">{c.householdSize}人</td>
              <td>{c.status}</td>
              <td>{c.lastReviewedOn ? formatDate(c.lastReviewedOn) : '記録なし'}</td>
              <td className="num">{formatYen(c.monthlyBenefit)}</td>
              <td className="num">{c.findings.filter((f) => f.severity !== 'info').length}</td>
              <td className="num">
                {c.unreadNoticeCount > 0 ? (
                  <Link href="/notices" className="badge badge--warning" prefetch={false}>
                    {c.unreadNoticeCount}
                  </Link>
                ) : (
                  0
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
