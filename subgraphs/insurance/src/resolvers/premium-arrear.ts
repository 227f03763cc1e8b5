import type { PremiumArrearResolvers } from '../generated/graphql';

export const PremiumArrear: PremiumArrearResolvers = {
  fiscalYear: (row) => row.fiscal_year,
  dueOn: (row) => row.due_on,
};
