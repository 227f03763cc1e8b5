/**
 * The one query behind the disclosure report, for the page and its Excel export alike (so the
 * file holds what the screen shows), and the fields both read. No JSX: the route handler imports
 * it too; `.tsx` so that codegen finds the documents.
 */
import { graphql } from '@/gql';
import type { DisclosureIssue } from '@/lib/audit/disclosure-sheet';
import type { DisclosureForm, DisclosureVariables } from '@/lib/audit/filters';
import { todayJst } from '@/lib/format';
import { queryGateway } from '@/lib/gateway';
import { describeError } from '@/lib/graphql-errors';
import { signedInStaff } from '@/lib/identity';

export const DisclosureReportFields = graphql(`
  fragment DisclosureReportFields on DisclosureReport {
    atenaNo
    householdNo
    accessCount
    disclosedCount
    refusedCount
    byStaff { staffId role division accessCount refusedCount firstAt lastAt purposes departments }
    accesses {
      at
      staffId
      role
      division
      purpose
      purposeLabel
      operationName
      disclosed
      departments { department departmentLabel fields outcome reason }
    }
  }
`);

const DisclosureReportQuery = graphql(`
  query DisclosureReport($atenaNo: ID!, $householdNo: ID, $from: DateTime, $to: DateTime) {
    disclosureReport(atenaNo: $atenaNo, householdNo: $householdNo, from: $from, to: $to) { atenaNo ...DisclosureReportFields }
  }
`);

export async function loadDisclosureReport(variables: DisclosureVariables) {
  const result = await queryGateway(DisclosureReportQuery, variables, 'audit');
  const report = result.data?.disclosureReport;
  if (report) return { ok: true as const, report };
  return { ok: false as const, message: result.error ? describeError(result.error) : '不明なエラーです。' };
}

/** 発行日 (today, Japan time, by the real clock like the log itself) and 発行者 (the signed-in auditor). */
export async function disclosureIssue(form: DisclosureForm): Promise<DisclosureIssue> {
  const staff = await signedInStaff();
  return { period: { from: form.from, to: form.to }, issuedOn: todayJst(), issuedBy: staff ? `${staff.name}（${staff.staffId}）` : '—' };
}
