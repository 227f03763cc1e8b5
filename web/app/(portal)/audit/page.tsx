import type { Metadata } from 'next';
import Link from 'next/link';
import { AuditLogFilters } from '@/components/audit/audit-log-filters';
import { AuditLogTable } from '@/components/audit/audit-log-table';
import { outsideArea } from '@/components/layout/area-gate';
import { graphql } from '@/gql';
import { AUDIT_PAGE_SIZE, auditLogHref, auditLogVariables, readAuditLogForm, type AuditLogForm, type AuditLogVariables } from '@/lib/audit/filters';
import { queryGateway } from '@/lib/gateway';
import { describeError } from '@/lib/graphql-errors';

export const metadata: Metadata = { title: '監査ログ' };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const AuditLogQuery = graphql(`
  query AuditLog($staffId: ID, $atenaNo: ID, $from: DateTime, $to: DateTime, $outcome: AuditOutcome, $first: Int, $after: String) {
    auditLog(staffId: $staffId, atenaNo: $atenaNo, from: $from, to: $to, outcome: $outcome, first: $first, after: $after) {
      nodes { seq ...AuditEntryRow }
      pageInfo { endCursor hasNextPage }
    }
  }
`);

async function AuditLogResults({ form, variables }: { form: AuditLogForm; variables: AuditLogVariables }) {
  const result = await queryGateway(AuditLogQuery, variables, 'audit');
  const log = result.data?.auditLog;
  if (!log) {
    return (
      <div className="message message--error" role="alert">
        <p>監査ログを読み込めませんでした。</p>
        <p>{result.error ? describeError(result.error) : '不明なエラーです。'}</p>
      </div>
    );
  }
  if (log.nodes.length === 0) return <p className="message" role="status">条件に当てはまる記録はありません。</p>;
  const caption = `${form.after ? '続き' : '最新'}の ${log.nodes.length} 件（新しい順）`;
  return (
    <>
      <AuditLogTable entries={log.nodes} caption={caption} />
      <nav className="audit-pager no-print" aria-label="監査ログのページ">
        {form.after && <Link href={auditLogHref(form, { after: '' })}>最新の記録に戻る</Link>}
        {log.pageInfo.hasNextPage && log.pageInfo.endCursor && (
          <Link href={auditLogHref(form, { after: log.pageInfo.endCursor })} className="button button--secondary" data-testid="older-page">
            次の {AUDIT_PAGE_SIZE} 件（より古い記録）
          </Link>
        )}
      </nav>
    </>
  );
}

/** 監査ログ: every disclosure and refusal the gateway recorded, newest first, by staff, person, period and result. */
export default async function AuditLogPage({ searchParams }: { searchParams: SearchParams }) {
  const outside = await outsideArea('audit');
  if (outside) return outside;
  const form = readAuditLogForm(await searchParams);
  const checked = auditLogVariables(form);
  return (
    <>
      <h1>監査ログ</h1>
      <p className="small muted">
        個人の情報の照会（開示・拒否）を、照会した職員・端末・照会目的とともに記録したものです。住民は宛名番号だけで表示します。期間は日本時間で、終了日を含みます。
      </p>
      <AuditLogFilters form={form} messages={checked.ok ? [] : checked.messages} />
      {checked.ok && <AuditLogResults form={form} variables={checked.variables} />}
    </>
  );
}
