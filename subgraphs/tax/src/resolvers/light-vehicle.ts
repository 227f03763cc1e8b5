import type { LightVehicleResolvers } from '../generated/graphql';

export const LightVehicle: LightVehicleResolvers = {
  registeredOn: (row) => row.registered_on,
  annualTax: (row) => row.annual_tax,
};
