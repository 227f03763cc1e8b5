import type { ResidentResolvers } from '../generated/graphql';
import { loadDisabilityRecord } from '../disability-record';

export const Resident: ResidentResolvers = {
  // No read here: the section resolver loads through the batched loaders.
  __resolveReference: (reference) => reference,
  disability: (resident, _args, { loaders }) => loadDisabilityRecord(resident, loaders),
};
