import { today } from '@smart-casework/kit';
import { caseFindings } from '../findings';
import type { WelfareCaseResolvers } from '../generated/graphql';
import { assignedStaff } from './staff';

export const WelfareCase: WelfareCaseResolvers = {
  __resolveReference: (reference, { loaders }) => loaders.caseByNo.load(reference.caseNo),
  caseNo: (row) => row.case_no,
  household: (row) => ({ householdNo: row.household_no }),
  caseworker: (row, _args, context) => assignedStaff(row.caseworker_id, context),
  startedOn: (row) => row.started_on,
  endedOn: (row) => row.ended_on,
  endReason: (row) => row.end_reason,
  monthlyBenefit: (row) => row.monthly_benefit,
  minimumCostOfLiving: (row) => row.minimum_cost_of_living,
  recognisedIncome: (row) => row.recognised_income,
  lastReviewedOn: (row) => row.last_reviewed_on,
  members: async (row, _args, { loaders }) => {
    const members = await loaders.caseMembersByCaseNo.load(row.case_no);
    return members.filter((m) => !m.excluded_on).map((m) => ({ atenaNo: m.atena_no }));
  },
  householdSize: async (row, _args, { loaders }) => (await loaders.caseMembersByCaseNo.load(row.case_no)).filter((m) => !m.excluded_on).length,
  coverage: (row, _args, { loaders }) => loaders.caseMembersByCaseNo.load(row.case_no),
  benefitLines: (row, _args, { loaders }) => loaders.benefitLinesByCaseNo.load(row.case_no),
  findings: (row) => caseFindings(row, today()),
  unreadNoticeCount: async (row, _args, { loaders }) => (await loaders.unreadNoticeCountByCaseNo.load(row.case_no))?.unread ?? 0,
};
