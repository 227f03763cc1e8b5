import type { CarePremiumResolvers } from '../generated/graphql';

export const CarePremium: CarePremiumResolvers = {
  fiscalYear: (row) => row.fiscal_year,
  annualAmount: (row) => row.annual_amount,
  monthlyAmount: (row) => row.monthly_amount,
  collectionMethod: (row) => row.collection_method,
};
