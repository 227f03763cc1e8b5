import type { CountedChildResolvers } from '../generated/graphql';
import { paidUntil } from '../record';

export const CountedChild: CountedChildResolvers = {
  child: (row) => ({ atenaNo: row.child_atena_no }),
  birthDate: (row) => row.birth_date,
  birthOrder: (row) => row.birth_order,
  paidUntil: (row) => paidUntil(row),
};
