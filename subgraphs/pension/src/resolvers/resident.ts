import type { ResidentResolvers } from '../generated/graphql';

export const Resident: ResidentResolvers = {
  // residents owns the person; the representation (atenaNo, birthDate) is all this section needs.
  __resolveReference: (reference) => reference,
  pension: async (resident, _args, { loaders }) => {
    const [insuredPeriods, exemptions, benefits] = await Promise.all([
      loaders.insuredPeriodsByAtenaNo.load(resident.atenaNo),
      loaders.exemptionsByAtenaNo.load(resident.atenaNo),
      loaders.benefitsByAtenaNo.load(resident.atenaNo),
    ]);
    return { atenaNo: resident.atenaNo, birthDate: resident.birthDate ?? null, insuredPeriods, exemptions, benefits };
  },
};
