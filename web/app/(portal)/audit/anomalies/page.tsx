import type { Metadata } from 'next';
import Form from 'next/form';
import { AnomalyGroups } from '@/components/audit/anomaly-groups';
import { outsideArea } from '@/components/layout/area-gate';
import { graphql } from '@/gql';
import { param } from '@/lib/audit/filters';
import { describePeriod, lastDays, periodVariables, type PeriodDays } from '@/lib/audit/period';
import { queryGateway } from '@/lib/gateway';
import { describeError } from '@/lib/graphql-errors';

export const metadata: Metadata = { title: '不審なアクセス' };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** Days the report covers unless the auditor chooses. */
const DEFAULT_DAYS = 7;

const AuditAnomaliesQuery = graphql(`
  query AuditAnomalies($from: DateTime!, $to: DateTime!) {
    auditAnomalies(from: $from, to: $to) { kind ...AnomalyRow }
  }
`);

function PeriodForm({ period }: { period: PeriodDays }) {
  return (
    <Form action="/audit/anomalies" className="panel audit-filters no-print" aria-label="対象期間" key={`${period.from}|${period.to}`}>
      <fieldset className="field audit-filters__period">
        <legend className="label">期間</legend>
        <div className="audit-filters__range">
          <input name="from" type="date" defaultValue={period.from} aria-label="期間の開始日" required />
          <span aria-hidden="true">〜</span>
          <input name="to" type="date" defaultValue={period.to} aria-label="期間の終了日（この日を含む）" required />
        </div>
      </fieldset>
      <div className="audit-filters__submit">
        <button type="submit" className="button">
          表示
        </button>
      </div>
    </Form>
  );
}

async function Report({ period }: { period: PeriodDays }) {
  const checked = periodVariables(period);
  if (!checked.ok || !checked.from || !checked.to) {
    return (
      <div className="message message--error" role="alert">
        <p>{checked.ok ? '期間の開始日と終了日を入力してください。' : checked.message}</p>
      </div>
    );
  }
  const result = await queryGateway(AuditAnomaliesQuery, { from: checked.from, to: checked.to }, 'audit');
  const anomalies = result.data?.auditAnomalies;
  if (!anomalies) {
    return (
      <div className="message message--error" role="alert">
        <p>不審なアクセスの検出結果を読み込めませんでした。</p>
        <p>{result.error ? describeError(result.error) : '不明なエラーです。'}</p>
      </div>
    );
  }
  return (
    <>
      <p role="status" data-testid="anomaly-summary">
        {describePeriod(period)}（日本時間）：{anomalies.length === 0 ? '不審なアクセスは見つかりませんでした。' : `${anomalies.length} 件の不審なアクセスが見つかりました。`}
      </p>
      <AnomalyGroups anomalies={anomalies} period={period} />
    </>
  );
}

/** 不審なアクセス: the audit subgraph's anomaly report for a period (default: the last 7 days), by kind. */
export default async function AnomaliesPage({ searchParams }: { searchParams: SearchParams }) {
  const outside = await outsideArea('audit');
  if (outside) return outside;
  const params = await searchParams;
  const fallback = lastDays(DEFAULT_DAYS);
  const period = { from: param(params, 'from') || fallback.from, to: param(params, 'to') || fallback.to };
  return (
    <>
      <h1>不審なアクセス</h1>
      <p className="small muted">
        監査ログから、深夜帯の閲覧・短時間の大量照会・担当外への照会・その他の拒否を職員ごとにまとめたものです。期間を指定しない場合は直近{DEFAULT_DAYS}日間（今日を含む）です。
      </p>
      <PeriodForm period={period} />
      <Report period={period} />
    </>
  );
}
