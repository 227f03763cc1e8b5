import type { ResidentResolvers } from '../generated/graphql';

export const Resident: ResidentResolvers = {
  // The tax division holds no person master of its own: the reference is the Resident.
  __resolveReference: (reference) => ({ atenaNo: reference.atenaNo }),
  tax: (resident) => ({ atenaNo: resident.atenaNo }),
};
