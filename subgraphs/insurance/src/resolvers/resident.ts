import type { ResidentResolvers } from '../generated/graphql';

export const Resident: ResidentResolvers = {
  // The division holds no person master of its own: the representation is the Resident.
  __resolveReference: (reference) => reference,
  healthInsurance: (resident) => ({ atenaNo: resident.atenaNo, birthDate: resident.birthDate ?? null }),
};
