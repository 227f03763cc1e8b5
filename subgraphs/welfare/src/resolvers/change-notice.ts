import { departmentLabel, forbidden, today } from '@smart-casework/kit';
import type { Context } from '../context';
import type { NoticeRow } from '../data/notices';
import type { ChangeNoticeResolvers } from '../generated/graphql';
import { accruedOverpayment, cursorOf, isOverdue, mayRead } from '../notice-rules';
import { assignedStaff } from './staff';

/** A notice by id for the caller: null when unknown, FORBIDDEN when outside what they may see. */
export async function visibleNotice(noticeId: string, { caller, loaders }: Context): Promise<NoticeRow | null> {
  const row = await loaders.noticeById.load(noticeId);
  if (row && !mayRead(caller.identity, row)) throw forbidden('This change notice belongs to another caseload');
  return row;
}

const parseJson = (text: string | null): unknown => (text === null ? null : JSON.parse(text));

export const ChangeNotice: ChangeNoticeResolvers = {
  __resolveReference: (reference, context) => visibleNotice(reference.id, context),
  id: (row) => row.notice_id,
  cursor: (row) => cursorOf(row.seq),
  resident: (row) => ({ atenaNo: row.atena_no }),
  household: (row) => ({ householdNo: row.household_no }),
  sourceName: (row) => departmentLabel(row.source),
  before: (row) => parseJson(row.before_json),
  after: (row) => parseJson(row.after_json),
  effectiveDate: (row) => row.effective_date,
  detectedAt: (row) => row.detected_at,
  estimatedMonthlyImpact: (row) => row.estimated_monthly_impact,
  overpaymentPerMonth: (row) => row.overpayment_per_month,
  accruedOverpayment: (row) => accruedOverpayment(row, today()),
  assignedTo: (row, _args, context) => assignedStaff(row.assigned_to, context),
  supervisor: (row, _args, context) => (row.supervisor_id ? assignedStaff(row.supervisor_id, context) : null),
  dueDate: (row) => row.due_date,
  overdue: (row) => isOverdue(row, today()),
  welfareCase: (row, _args, { loaders }) => (row.case_no ? loaders.caseByNo.load(row.case_no) : null),
  application: (row, _args, { loaders }) => (row.application_no ? loaders.applicationByNo.load(row.application_no) : null),
  acknowledgedAt: (row) => row.acknowledged_at,
  acknowledgedBy: (row, _args, context) => (row.acknowledged_by ? assignedStaff(row.acknowledged_by, context) : null),
  resolvedAt: (row) => row.resolved_at,
  resolvedBy: (row, _args, context) => (row.resolved_by ? assignedStaff(row.resolved_by, context) : null),
  resolutionNote: (row) => row.resolution_note,
};
