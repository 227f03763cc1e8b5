import { getFragmentData, type FragmentType } from '@/gql';
import { accessResult, departmentResult, DISCLOSURE_TITLE, disclosureMeta, type DisclosureData, type DisclosureIssue } from '@/lib/audit/disclosure-sheet';
import { roleAndDivision } from '@/lib/audit/labels';
import { formatAuditTime } from '@/lib/audit/period';
import { DisclosureReportFields } from './disclosure-query';
import { ReportActions } from './report-actions';

type Report = FragmentType<typeof DisclosureReportFields>;
type Data = DisclosureData & { byStaff: readonly { staffId: string | null; role: string | null; division: string | null; accessCount: number; refusedCount: number; firstAt: string; lastAt: string; purposes: readonly string[]; departments: readonly string[] }[] };

function ByStaff({ report }: { report: Data }) {
  return (
    <table className="data" data-testid="disclosure-by-staff">
      <caption>職員ごとの照会</caption>
      <thead>
        <tr>
          <th scope="col">職員ID</th>
          <th scope="col">役割・所属</th>
          <th scope="col" className="num">照会</th>
          <th scope="col" className="num">うち拒否</th>
          <th scope="col">最初</th>
          <th scope="col">最後</th>
          <th scope="col">照会目的</th>
          <th scope="col">課</th>
        </tr>
      </thead>
      <tbody>
        {report.byStaff.map((s) => (
          <tr key={s.staffId ?? '-'} data-staff-id={s.staffId ?? ''}>
            <th scope="row" className="mono">{s.staffId ?? '未認証'}</th>
            <td>{roleAndDivision(s.role, s.division)}</td>
            <td className="num">{s.accessCount}</td>
            <td className="num">{s.refusedCount}</td>
            <td className="nowrap">{formatAuditTime(s.firstAt)}</td>
            <td className="nowrap">{formatAuditTime(s.lastAt)}</td>
            <td>{s.purposes.join('、') || '記載なし'}</td>
            <td>{s.departments.join('、') || '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Accesses({ report }: { report: Data }) {
  return (
    <table className="data" data-testid="disclosure-accesses">
      <caption>照会の記録（新しい順）</caption>
      <thead>
        <tr>
          <th scope="col">日時</th>
          <th scope="col" className="nowrap">職員ID</th>
          <th scope="col">役割・所属</th>
          <th scope="col">照会目的</th>
          <th scope="col">照会した課・項目</th>
          <th scope="col">結果</th>
        </tr>
      </thead>
      <tbody>
        {report.accesses.map((a, i) => (
          <tr key={`${a.at}|${i}`} data-staff-id={a.staffId ?? ''} data-result={accessResult(a)}>
            <td className="nowrap">{formatAuditTime(a.at)}</td>
            <td className="mono nowrap">{a.staffId ?? '未認証'}</td>
            <td className="nowrap">{roleAndDivision(a.role, a.division)}</td>
            <td className="nowrap">{a.purposeLabel ?? a.purpose ?? '記載なし'}</td>
            <td>
              <ul className="disclosure__departments">
                {a.departments.map((d, j) => (
                  <li key={j}>
                    <strong>{d.departmentLabel ?? d.department ?? '—'}</strong>（{departmentResult(d)}）
                    {d.fields.length > 0 && <span className="small"> {d.fields.join('、')}</span>}
                  </li>
                ))}
              </ul>
            </td>
            <td className="nowrap">
              <span className={accessResult(a) === '開示' ? 'badge' : accessResult(a) === '拒否' ? 'badge badge--critical' : 'badge badge--warning'}>{accessResult(a)}</span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * 開示請求に対する回答: on screen and on paper (A4, the print stylesheet) the same document —
 * title, the person's 宛名番号, the period, the date of issue, then who looked and why.
 */
export function DisclosureReportView({ report: masked, issue, exportHref }: { report: Report; issue: DisclosureIssue; exportHref: string }) {
  const report: Data = getFragmentData(DisclosureReportFields, masked);
  return (
    <article className="disclosure" data-testid="disclosure-report" aria-labelledby="disclosure-title">
      <h2 id="disclosure-title" className="disclosure__title">
        {DISCLOSURE_TITLE}
      </h2>
      <dl className="list-meta disclosure__meta" data-testid="disclosure-meta">
        {disclosureMeta(report, issue).map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <p>
        宛名番号 {report.atenaNo} の方の個人情報について、対象期間に市の職員が照会した記録は次のとおりです。照会した職員、日時、照会の目的、照会した課と項目、情報を開示したか（拒否したか）を、監査ログ（改ざんを検知できる記録）から記載しています。
      </p>
      <ReportActions exportHref={exportHref} />
      {report.accesses.length === 0 ? (
        <p className="message" role="status">
          対象期間に、この方の個人情報を照会した記録はありません。
        </p>
      ) : (
        <>
          <div className="table-scroll">
            <ByStaff report={report} />
          </div>
          <div className="table-scroll">
            <Accesses report={report} />
          </div>
        </>
      )}
    </article>
  );
}
