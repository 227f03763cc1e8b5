import { today } from '@smart-casework/kit';
import type { InsuranceEnrolmentResolvers } from '../generated/graphql';
import { isCurrent } from '../record';

export const InsuranceEnrolment: InsuranceEnrolmentResolvers = {
  insuredNo: (row) => row.insured_no,
  acquiredOn: (row) => row.acquired_on,
  acquisitionReason: (row) => row.acquisition_reason,
  lostOn: (row) => row.lost_on,
  lossReason: (row) => row.loss_reason,
  current: (row) => isCurrent(row, today()),
  householdHead: (row) => (row.household_head_atena_no ? { atenaNo: row.household_head_atena_no } : null),
};
