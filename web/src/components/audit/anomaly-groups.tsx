import Link from 'next/link';
import { getFragmentData, graphql, type FragmentType } from '@/gql';
import type { AnomalyRowFragment } from '@/gql/graphql';
import { auditLogHref, type AuditLogForm } from '@/lib/audit/filters';
import { ANOMALY_KINDS } from '@/lib/audit/labels';
import { formatAuditTime, type PeriodDays } from '@/lib/audit/period';

export const AnomalyRow = graphql(`
  fragment AnomalyRow on AuditAnomaly {
    kind
    staffId
    firstAt
    lastAt
    count
    sampleAtenaNos
    code
    description
  }
`);

type Anomaly = FragmentType<typeof AnomalyRow>;

/** The audit log of one staff member in the report's period (refusals only, for refusals). */
function logHref(period: PeriodDays, staffId: string | null, changes: Partial<AuditLogForm>): string {
  return auditLogHref({ staffId: staffId ?? '', atenaNo: '', from: period.from, to: period.to, outcome: '', after: '' }, changes);
}

/** The staff members one kind was seen for, with links into the log of the same period. */
function AnomalyTable({ rows, period, refusals }: { rows: readonly AnomalyRowFragment[]; period: PeriodDays; refusals: boolean }) {
  return (
    <div className="table-scroll">
      <table className="data">
        <thead>
          <tr>
            <th scope="col">職員</th>
            <th scope="col">内容</th>
            <th scope="col" className="num">件数</th>
            <th scope="col">最初</th>
            <th scope="col">最後</th>
            <th scope="col">宛名番号（例）</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={`${r.staffId ?? ''}|${r.code ?? ''}|${r.firstAt}`} data-staff-id={r.staffId ?? ''}>
              <th scope="row">
                {r.staffId ? <span className="mono">{r.staffId}</span> : <span className="muted">未認証</span>}
                <div className="small">
                  <Link href={logHref(period, r.staffId, refusals ? { outcome: 'denied' } : {})}>記録を見る</Link>
                </div>
              </th>
              <td>{r.description}</td>
              <td className="num">{r.count}</td>
              <td className="nowrap">{formatAuditTime(r.firstAt)}</td>
              <td className="nowrap">{formatAuditTime(r.lastAt)}</td>
              <td>
                {r.sampleAtenaNos.length === 0
                  ? '—'
                  : r.sampleAtenaNos.map((no) => (
                      <Link key={no} href={logHref(period, r.staffId, { atenaNo: no })} className="mono anomaly-group__sample">
                        {no}
                      </Link>
                    ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * 不審なアクセス, one section per kind (most serious first), each saying what the kind means and
 * listing the staff members it was seen for; a kind with nothing in the period says so.
 */
export function AnomalyGroups({ anomalies, period }: { anomalies: readonly Anomaly[]; period: PeriodDays }) {
  const rows = anomalies.map((a) => getFragmentData(AnomalyRow, a));
  return (
    <>
      {ANOMALY_KINDS.map(({ kind, title, description }) => {
        const found = rows.filter((r) => r.kind === kind);
        return (
          <section key={kind} className="panel anomaly-group" aria-labelledby={`anomaly-${kind}`} data-testid={`anomalies-${kind}`} data-count={found.length}>
            <h2 id={`anomaly-${kind}`}>
              {title}
              <span className={found.length > 0 ? 'badge badge--critical' : 'badge'}>{found.length > 0 ? `${found.length} 件` : '該当なし'}</span>
            </h2>
            <p className="small muted">{description}</p>
            {found.length > 0 && <AnomalyTable rows={found} period={period} refusals={kind === 'OUT_OF_CASELOAD' || kind === 'DENIED'} />}
          </section>
        );
      })}
    </>
  );
}
