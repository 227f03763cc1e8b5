import type { Metadata } from 'next';
import { DisclosureForm } from '@/components/audit/disclosure-form';
import { disclosureIssue, loadDisclosureReport } from '@/components/audit/disclosure-query';
import { DisclosureReportView } from '@/components/audit/disclosure-report-view';
import { outsideArea } from '@/components/layout/area-gate';
import { disclosureQuery, disclosureVariables, readDisclosureForm, type DisclosureForm as FormValues } from '@/lib/audit/filters';

export const metadata: Metadata = { title: '開示請求' };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

async function Answer({ form }: { form: FormValues }) {
  const checked = disclosureVariables(form);
  if (!checked.ok) {
    return (
      <div className="message message--error" role="alert">
        {checked.messages.map((m) => (
          <p key={m}>{m}</p>
        ))}
      </div>
    );
  }
  const [load, issue] = await Promise.all([loadDisclosureReport(checked.variables), disclosureIssue(form)]);
  if (!load.ok) {
    return (
      <div className="message message--error" role="alert">
        <p>開示請求への回答を作成できませんでした。</p>
        <p>{load.message}</p>
      </div>
    );
  }
  return <DisclosureReportView report={load.report} issue={issue} exportHref={`/audit/disclosure/export?${disclosureQuery(form)}`} />;
}

/** 開示請求: for one resident, who looked at their data, when and why — printable on A4 and as an Excel file. */
export default async function DisclosurePage({ searchParams }: { searchParams: SearchParams }) {
  const outside = await outsideArea('audit');
  if (outside) return outside;
  const form = readDisclosureForm(await searchParams);
  return (
    <>
      <div className="no-print">
        <h1>開示請求</h1>
        <p className="small muted">
          本人（または代理人）からの請求に応じて、その方の個人情報を誰が・いつ・何のために照会したかの回答を作成します。宛名番号はチェックデジットで確認します。期間は日本時間で、終了日を含みます（省略すると全期間）。
        </p>
      </div>
      <DisclosureForm initial={form} key={JSON.stringify(form)} />
      {form.atenaNo !== '' && <Answer form={form} />}
    </>
  );
}
