import type { FixedAssetBuildingResolvers } from '../generated/graphql';

export const FixedAssetBuilding: FixedAssetBuildingResolvers = {
  buildingNo: (row) => row.building_no,
  floorAreaSqm: (row) => Number(row.floor_area_sqm),
  builtYear: (row) => row.built_year,
  assessedValue: (row) => row.assessed_value,
};
