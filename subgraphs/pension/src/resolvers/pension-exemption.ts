import type { PensionExemptionResolvers } from '../generated/graphql';

export const PensionExemption: PensionExemptionResolvers = {
  historyNo: (row) => row.history_no,
  periodFrom: (row) => row.period_from,
  periodTo: (row) => row.period_to,
  notifiedOn: (row) => row.notified_on,
};
