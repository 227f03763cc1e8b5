import { departmentLabel } from '@smart-casework/kit';
import type { ApplicationRow } from './data/applications';
import type { CaseMemberRow } from './data/case-members';
import { OPEN_CASE_STATUSES, type CaseRow } from './data/cases';
import { personFindings } from './findings';
import type { WelfareRecordModel } from './models';

export const SOURCE = 'welfare';
const SOURCE_NAME = departmentLabel(SOURCE);

const isOpen = (c: CaseRow | null | undefined) => !!c && (OPEN_CASE_STATUSES as readonly string[]).includes(c.status);

/**
 * The membership that speaks for the person: a current one in an open case, else the most
 * recent (memberships come newest first).
 */
export function coveringMembership(memberships: readonly CaseMemberRow[], caseOf: (caseNo: string) => CaseRow | null | undefined): CaseMemberRow | null {
  return memberships.find((m) => !m.excluded_on && isOpen(caseOf(m.case_no))) ?? memberships[0] ?? null;
}

export interface RecordInput {
  memberships: readonly CaseMemberRow[];
  cases: readonly (CaseRow | null)[];
  applications: readonly (ApplicationRow | null)[];
  asOf: string;
  on: string;
}

export function welfareRecord(input: RecordInput): WelfareRecordModel {
  const byNo = new Map(input.cases.filter((c): c is CaseRow => c !== null).map((c) => [c.case_no, c]));
  const membership = coveringMembership(input.memberships, (no) => byNo.get(no));
  const welfareCase = membership ? (byNo.get(membership.case_no) ?? null) : null;
  const applications = input.applications.filter((a): a is ApplicationRow => a !== null).sort((a, b) => b.applied_on.localeCompare(a.applied_on));
  return {
    source: SOURCE,
    sourceName: SOURCE_NAME,
    hasRecord: membership !== null || applications.length > 0,
    asOf: input.asOf,
    findings: personFindings(membership, welfareCase, applications, input.on),
    onAssistance: !!membership && !membership.excluded_on && welfareCase?.status === '保護中',
    case: welfareCase,
    membership,
    applications,
  };
}
