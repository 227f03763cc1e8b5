import type { DisabilityAllowanceResolvers } from '../generated/graphql';

export const DisabilityAllowance: DisabilityAllowanceResolvers = {
  monthlyAmount: (row) => row.monthly_amount,
  certifiedOn: (row) => row.certified_on,
  paidFrom: (row) => row.paid_from,
};
