import type { ResidentResolvers } from '../generated/graphql';
import { loadCareRecord } from '../care-record';

export const Resident: ResidentResolvers = {
  // No read here: the section resolver loads through the batched loaders.
  __resolveReference: (reference) => reference,
  longTermCare: (resident, _args, { loaders }) => loadCareRecord(resident, loaders),
};
