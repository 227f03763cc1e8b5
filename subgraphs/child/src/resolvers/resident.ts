import type { ResidentResolvers } from '../generated/graphql';
import { buildRecord } from '../record';

export const Resident: ResidentResolvers = {
  // residents owns the person; the key is all this section needs.
  __resolveReference: (reference) => reference,
  childBenefits: async ({ atenaNo }, _args, { loaders }) => {
    const [certifications, children, revisions, countedIn] = await Promise.all([
      loaders.certificationsByRecipient.load(atenaNo),
      loaders.countedChildrenByRecipient.load(atenaNo),
      loaders.revisionsByRecipient.load(atenaNo),
      loaders.countedInByChild.load(atenaNo),
    ]);
    return buildRecord(atenaNo, certifications, children, revisions, countedIn);
  },
};
