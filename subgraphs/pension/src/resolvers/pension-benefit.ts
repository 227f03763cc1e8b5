import type { PensionBenefitResolvers } from '../generated/graphql';
import { PAYMENT_MONTHS, monthlyAmount } from '../parameters';

export const PensionBenefit: PensionBenefitResolvers = {
  benefitNo: (row) => row.benefit_no,
  annualAmount: (row) => row.annual_amount,
  monthlyAmount: (row) => monthlyAmount(row.annual_amount),
  startedOn: (row) => row.started_on,
  endedOn: (row) => row.ended_on,
  paymentMonths: () => PAYMENT_MONTHS,
};
