'use client';

import Link from 'next/link';
import { getFragmentData, graphql } from '@/gql';
import type { NoticeLiveFragment, NoticeRowFragment } from '@/gql/graphql';
import { formatDate, formatDateTime, formatWareki, formatYen } from '@/lib/format';
import { formatSignedYen, impactDirection, noticeHref } from '@/lib/notices';
import { NoticeActions } from './notice-actions';

export const NoticeRow = graphql(`
  fragment NoticeRow on ChangeNotice {
    id
    status
    kind
    summary
    section
    sourceName
    dueDate
    overdue
    effectiveDate
    detectedAt
    estimatedMonthlyImpact
    overpaymentPerMonth
    accruedOverpayment
    resident { atenaNo name relationship }
    household { householdNo }
    assignedTo { staffId name }
    acknowledgedAt
    acknowledgedBy { staffId name }
    resolvedAt
    resolvedBy { staffId name }
    resolutionNote
  }
`);

function Handled({ n }: { n: NoticeRowFragment }) {
  if (n.status === 'RESOLVED') {
    return (
      <div className="notice__handled small" data-testid="notice-resolution">
        <div>処理済: {formatDateTime(n.resolvedAt)}（{n.resolvedBy?.name ?? '—'}）</div>
        <div className="notice__note">{n.resolutionNote}</div>
      </div>
    );
  }
  if (n.status === 'ACKNOWLEDGED') {
    return <div className="notice__handled small muted">確認済: {formatDateTime(n.acknowledgedAt)}（{n.acknowledgedBy?.name ?? '—'}）</div>;
  }
  return null;
}

interface Props {
  notice: NoticeLiveFragment;
  isNew: boolean;
  /** The supervisor's team view adds the 担当 column. */
  showAssignee: boolean;
  /** The notice as the server holds it after 確認 or 処理済. */
  onChanged(updated: NoticeLiveFragment): void;
}

/** One notice: when it is due, what changed for whom, what delay costs, and what to do with it. */
export function NoticeTableRow({ notice, isNew, showAssignee, onChanged }: Props) {
  const n = getFragmentData(NoticeRow, notice);
  const classes = ['notice', n.overdue ? 'notice--overdue' : '', isNew ? 'notice--new' : ''].filter(Boolean).join(' ');
  return (
    <tr className={classes} data-testid="notice" data-notice-id={n.id} data-status={n.status} data-new={isNew ? 'true' : undefined}>
      <td className="notice__due">
        <span className="nowrap">{formatWareki(n.dueDate)}</span>
        <span className="nowrap small">（{n.dueDate}）</span>
        {n.overdue && <strong className="badge badge--critical">期限超過</strong>}
      </td>
      <td className="notice__kind">
        {isNew && <span className="badge badge--new">新着</span>} {n.kind}
      </td>
      <th scope="row" className="notice__summary">
        <Link href={noticeHref({ id: n.id, householdNo: n.household.householdNo, section: n.section, atenaNo: n.resident.atenaNo })} prefetch={false}>
          {n.summary}
        </Link>
        {n.effectiveDate && <div className="small muted">異動日 {formatDate(n.effectiveDate)}</div>}
      </th>
      <td>
        {n.resident.name}
        <span className="small">（{n.resident.relationship}）</span>
        <div className="small muted mono">{n.resident.atenaNo}</div>
      </td>
      <td className="num nowrap">
        {formatSignedYen(n.estimatedMonthlyImpact)}
        {impactDirection(n.estimatedMonthlyImpact) && <div className="small muted">{impactDirection(n.estimatedMonthlyImpact)}</div>}
      </td>
      <td className="num nowrap">
        {formatYen(n.overpaymentPerMonth)}
        {n.accruedOverpayment ? <div className="small muted">累計 {formatYen(n.accruedOverpayment)}</div> : null}
      </td>
      <td>{n.sourceName}</td>
      <td className="small notice__detected">{formatDateTime(n.detectedAt)}</td>
      {showAssignee && <td>{n.assignedTo?.name ?? '—'}</td>}
      <td className="notice__actions">
        <NoticeActions id={n.id} status={n.status} summary={n.summary} onChanged={onChanged} />
        <Handled n={n} />
      </td>
    </tr>
  );
}
