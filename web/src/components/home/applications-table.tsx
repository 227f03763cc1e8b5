import Link from 'next/link';
import { getFragmentData, graphql, type FragmentType } from '@/gql';
import { formatDate } from '@/lib/format';

export const ApplicationRow = graphql(`
  fragment ApplicationRow on Application {
    applicationNo
    appliedOn
    status
    decisionDueOn
    extensionReason
    applicant { atenaNo name nameKana }
    household { householdNo }
    members { atenaNo }
  }
`);

type Row = FragmentType<typeof ApplicationRow>;

/** `unreadNotices`: null when the notices could not be read (the column then says —, not 0). */
export function ApplicationsTable({ applications, today, unreadNotices }: { applications: readonly Row[]; today: string; unreadNotices: ((applicationNo: string) => number) | null }) {
  const rows = applications.map((a) => getFragmentData(ApplicationRow, a));
  if (rows.length === 0) return <p className="muted">調査中の申請はありません。</p>;
  return (
    <div className="table-scroll">
      <table className="data" data-testid="applications">
        <caption>{rows.length} 件（申請日の古い順）</caption>
        <thead>
          <tr>
            <th scope="col">申請番号</th>
            <th scope="col">申請者</th>
            <th scope="col" className="num">世帯人員</th>
            <th scope="col">申請日</th>
            <th scope="col">決定期限</th>
            <th scope="col" className="num">未読通知</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((a) => {
            const overdue = a.decisionDueOn < today;
            return (
              <tr key={a.applicationNo}>
                <td className="mono">{a.applicationNo}</td>
                <th scope="row">
                  <Link href={`/household/${a.household.householdNo}?purpose=investigation&focus=${a.applicant.atenaNo}`} prefetch={false}>{a.applicant.name}</Link>
                  <div className="small muted">{a.applicant.nameKana}</div>
                </th>
                <td className="num">{a.members.length}人</td>
                <td>{formatDate(a.appliedOn)}</td>
                <td>
                  {formatDate(a.decisionDueOn)}
                  {overdue && <strong className="badge badge--critical">期限超過</strong>}
                  {a.extensionReason && <div className="small muted">延長: {a.extensionReason}</div>}
                </td>
                <td className="num">{unreadNotices ? unreadNotices(a.applicationNo) : '—'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
