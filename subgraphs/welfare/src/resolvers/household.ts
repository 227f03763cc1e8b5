import { OPEN_CASE_STATUSES } from '../data/cases';
import type { HouseholdResolvers } from '../generated/graphql';

const OPEN: readonly string[] = OPEN_CASE_STATUSES;

export const Household: HouseholdResolvers = {
  // Residents owns the household; welfare answers for any number it is asked about.
  __resolveReference: (reference) => ({ householdNo: reference.householdNo }),
  welfareCase: async (household, _args, { loaders }) => {
    const cases = await loaders.casesByHouseholdNo.load(household.householdNo);
    return cases.find((c) => OPEN.includes(c.status)) ?? cases[0] ?? null;
  },
  applications: (household, _args, { loaders }) => loaders.applicationsByHouseholdNo.load(household.householdNo),
};
