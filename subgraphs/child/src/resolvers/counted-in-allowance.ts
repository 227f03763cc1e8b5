import type { CountedInAllowanceResolvers } from '../generated/graphql';
import { paidUntil } from '../record';

export const CountedInAllowance: CountedInAllowanceResolvers = {
  certificationNo: (row) => row.certification_no,
  recipient: (row) => ({ atenaNo: row.recipient_atena_no }),
  birthOrder: (row) => row.birth_order,
  paidUntil: (row) => paidUntil(row),
  endedOn: (row) => row.certification_ended_on,
};
