import { today } from '@smart-casework/kit';
import { applicationFindings, decisionDueOn } from '../findings';
import type { ApplicationResolvers } from '../generated/graphql';
import { assignedStaff } from './staff';

export const Application: ApplicationResolvers = {
  __resolveReference: (reference, { loaders }) => loaders.applicationByNo.load(reference.applicationNo),
  applicationNo: (row) => row.application_no,
  applicant: (row) => ({ atenaNo: row.applicant_atena_no }),
  household: (row) => ({ householdNo: row.household_no }),
  members: async (row, _args, { loaders }) => (await loaders.applicationMembersByApplicationNo.load(row.application_no)).map((m) => ({ atenaNo: m.atena_no })),
  appliedOn: (row) => row.applied_on,
  caseworker: (row, _args, context) => assignedStaff(row.caseworker_id, context),
  decisionDueOn: (row) => decisionDueOn(row),
  extensionReason: (row) => row.extension_reason,
  decidedOn: (row) => row.decided_on,
  decisionNote: (row) => row.decision_note,
  welfareCase: (row, _args, { loaders }) => (row.case_no ? loaders.caseByNo.load(row.case_no) : null),
  findings: (row) => applicationFindings(row, today()),
};
