import type { InsuredPeriodResolvers } from '../generated/graphql';

export const InsuredPeriod: InsuredPeriodResolvers = {
  historyNo: (row) => row.history_no,
  acquiredOn: (row) => row.acquired_on,
  acquisitionReason: (row) => row.acquisition_reason,
  lostOn: (row) => row.lost_on,
  lossReason: (row) => row.loss_reason,
};
