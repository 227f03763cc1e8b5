/**
 * GET /audit/disclosure/export?atena=…&household=…&from=…&to=…: the disclosure report as an
 * Excel file (the portal's exceljs export), built from the same query as the screen. Asking for
 * it is itself an audited query of the auditor's.
 */
import type { NextRequest } from 'next/server';
import { disclosureSheet } from '@/lib/audit/disclosure-sheet';
import { disclosureVariables, readDisclosureForm } from '@/lib/audit/filters';
import { toXlsx } from '@/lib/export';
import { DisclosureReportFields, disclosureIssue, loadDisclosureReport } from '@/components/audit/disclosure-query';
import { getFragmentData } from '@/gql';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function fail(status: number, error: string): Response {
  return Response.json({ error }, { status, headers: { 'cache-control': 'no-store' } });
}

/** 個人情報の利用状況_<宛名番号>_<発行日>.xlsx, with an ASCII fallback name. */
function disposition(atenaNo: string, issuedOn: string): string {
  const name = `${atenaNo}_${issuedOn.replace(/-/g, '')}.xlsx`;
  return `attachment; filename="disclosure-report_${name}"; filename*=UTF-8''${encodeURIComponent(`個人情報の利用状況_${name}`)}`;
}

export async function GET(request: NextRequest): Promise<Response> {
  const form = readDisclosureForm(Object.fromEntries(request.nextUrl.searchParams));
  const checked = disclosureVariables(form);
  if (!checked.ok) return fail(400, checked.messages.join(' '));
  const [load, issue] = await Promise.all([loadDisclosureReport(checked.variables), disclosureIssue(form)]);
  if (!load.ok) return fail(502, `開示請求への回答を作成できませんでした。${load.message}`);
  const report = getFragmentData(DisclosureReportFields, load.report);
  const bytes = await toXlsx(disclosureSheet(report, issue));
  return new Response(Buffer.from(bytes), {
    headers: { 'content-type': XLSX, 'content-disposition': disposition(report.atenaNo, issue.issuedOn), 'cache-control': 'no-store' },
  });
}
