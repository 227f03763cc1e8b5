import type { ResidentChangeResolvers } from '../generated/graphql';

export const ResidentChange: ResidentChangeResolvers = {
  historyNo: (row) => row.history_no,
  reasonGroup: (row) => row.reason_group,
  changeDate: (row) => row.change_date,
  processedOn: (row) => row.processed_on,
  notifiedOn: (row) => row.notified_on,
  householdNoBefore: (row) => row.household_no_before,
};
