import type { FixedAssetLandResolvers } from '../generated/graphql';

export const FixedAssetLand: FixedAssetLandResolvers = {
  lotNo: (row) => row.lot_no,
  landUse: (row) => row.land_use,
  areaSqm: (row) => Number(row.area_sqm),
  assessedValue: (row) => row.assessed_value,
  taxableStandard: (row) => row.taxable_standard,
  housingLandRelief: (row) => row.housing_land_relief,
};
