import type { AllowanceRevisionResolvers } from '../generated/graphql';

export const AllowanceRevision: AllowanceRevisionResolvers = {
  revisionNo: (row) => row.revision_no,
  revisedOn: (row) => row.revised_on,
  amountBefore: (row) => row.amount_before,
  amountAfter: (row) => row.amount_after,
};
