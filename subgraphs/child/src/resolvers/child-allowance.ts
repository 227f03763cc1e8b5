import type { ChildAllowanceResolvers } from '../generated/graphql';
import { PAYMENT_MONTHS, type Program } from '../parameters';

export const ChildAllowance: ChildAllowanceResolvers = {
  certificationNo: ({ certification }) => certification.certification_no,
  program: ({ certification }) => certification.program,
  payment: ({ certification }) => certification.payment,
  monthlyAmount: ({ certification }) => certification.monthly_amount,
  certifiedOn: ({ certification }) => certification.certified_on,
  paymentStartMonth: ({ certification }) => certification.payment_start_month,
  paymentMonths: ({ certification }) => PAYMENT_MONTHS[certification.program as Program] ?? '',
  endedOn: ({ certification }) => certification.ended_on,
  endReason: ({ certification }) => certification.end_reason,
  children: ({ children }) => children.map((c) => ({ atenaNo: c.child_atena_no })),
  countedChildren: ({ children }) => children,
  revisions: ({ revisions }) => revisions,
};
