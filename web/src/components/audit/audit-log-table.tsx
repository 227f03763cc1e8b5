import Link from 'next/link';
import { getFragmentData, graphql, type FragmentType } from '@/gql';
import type { AuditEntryRowFragment } from '@/gql/graphql';
import { abbreviateUserAgent, divisionLabel, resultLabel, roleLabel } from '@/lib/audit/labels';
import { formatAuditTime } from '@/lib/audit/period';

export const AuditEntryRow = graphql(`
  fragment AuditEntryRow on AuditEntry {
    seq
    at
    staffId
    role
    division
    clientAddress
    userAgent
    operationName
    purpose
    purposeLabel
    atenaNo
    householdNo
    subjects
    subjectHouseholds
    department
    departmentLabel
    fields
    outcome
    code
    reason
  }
`);

type Entry = FragmentType<typeof AuditEntryRow>;

function Person({ atenaNo }: { atenaNo: string }) {
  return (
    <Link href={`/audit?atena=${atenaNo}`} className="mono" title="この方の記録だけを表示">
      {atenaNo}
    </Link>
  );
}

/** Persons shown before a line naming a whole household (or a batch) folds away. */
const PERSONS_SHOWN = 2;

function Subject({ entry: e }: { entry: AuditEntryRowFragment }) {
  if (e.atenaNo) return <Person atenaNo={e.atenaNo} />;
  if (e.subjects.length > 0) {
    const households = e.subjectHouseholds.length > 0 ? <div className="small muted mono">世帯 {e.subjectHouseholds.join(', ')}</div> : null;
    if (e.subjects.length <= PERSONS_SHOWN) return <>{e.subjects.map((no) => <div key={no}><Person atenaNo={no} /></div>)}{households}</>;
    return (
      <details>
        <summary>
          <Person atenaNo={e.subjects[0] ?? ''} /> ほか {e.subjects.length - 1} 名
        </summary>
        {e.subjects.slice(1).map((no) => <div key={no}><Person atenaNo={no} /></div>)}
        {households}
      </details>
    );
  }
  if (e.householdNo) return <span className="mono">世帯 {e.householdNo}</span>;
  return <span className="muted">—</span>;
}

/** Fields shown before the rest fold away: a whole investigation list names dozens. */
const FIELDS_SHOWN = 3;

function FieldList({ fields }: { fields: readonly string[] }) {
  if (fields.length === 0) return <span className="muted">—</span>;
  const shown = fields.slice(0, FIELDS_SHOWN).join(', ');
  if (fields.length <= FIELDS_SHOWN) return <>{shown}</>;
  return (
    <details>
      <summary>
        {shown} ほか {fields.length - FIELDS_SHOWN} 項目
      </summary>
      {fields.slice(FIELDS_SHOWN).join(', ')}
    </details>
  );
}

function AuditLogRow({ entry: e }: { entry: AuditEntryRowFragment }) {
  return (
    <tr data-seq={e.seq} data-staff-id={e.staffId ?? ''} data-atena-nos={(e.atenaNo ? [e.atenaNo] : e.subjects).join(' ')} data-outcome={e.outcome} className={e.outcome === 'DENIED' ? 'audit-log__denied' : undefined}>
      <td className="nowrap">
        <time dateTime={e.at}>{formatAuditTime(e.at)}</time>
        <div className="small muted">通番 {e.seq}</div>
      </td>
      <td>{e.staffId ? <Link href={`/audit?staff=${encodeURIComponent(e.staffId)}`} className="mono">{e.staffId}</Link> : <span className="muted">未認証</span>}</td>
      <td className="nowrap">
        {roleLabel(e.role)}
        <div className="small muted">{divisionLabel(e.division)}</div>
      </td>
      <td className="audit-log__terminal">
        <span className="mono">{e.clientAddress ?? '—'}</span>
        <div className="small muted" title={e.userAgent ?? undefined}>
          {abbreviateUserAgent(e.userAgent)}
        </div>
      </td>
      <td className="mono small">{e.operationName ?? '—'}</td>
      <td className="audit-log__purpose">{e.purposeLabel ?? e.purpose ?? <span className="muted">記載なし</span>}</td>
      <td className="nowrap">
        <Subject entry={e} />
      </td>
      <td className="audit-log__department">{e.departmentLabel ?? e.department ?? '—'}</td>
      <td className="audit-log__fields small">
        <FieldList fields={e.fields} />
      </td>
      <td className="nowrap">
        <span className={e.outcome === 'DENIED' ? 'badge badge--critical' : 'badge'}>{resultLabel(e.outcome, e.code, e.reason)}</span>
      </td>
    </tr>
  );
}

/** One line per disclosure or refusal, newest first; persons by 宛名番号 only (the log holds nothing else). */
export function AuditLogTable({ entries, caption }: { entries: readonly Entry[]; caption: string }) {
  const rows = entries.map((e) => getFragmentData(AuditEntryRow, e));
  return (
    <div className="table-scroll">
      <table className="data audit-log" data-testid="audit-log">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">日時</th>
            <th scope="col">職員</th>
            <th scope="col">役割・所属</th>
            <th scope="col">端末</th>
            <th scope="col">操作名</th>
            <th scope="col">照会目的</th>
            <th scope="col">宛名番号／世帯番号</th>
            <th scope="col">課</th>
            <th scope="col">項目</th>
            <th scope="col">結果・理由</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((e) => (
            <AuditLogRow key={e.seq} entry={e} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
