import type { Resolvers } from '../generated/graphql';
import { FixedAssetBuilding } from './fixed-asset-building';
import { FixedAssetLand } from './fixed-asset-land';
import { LightVehicle } from './light-vehicle';
import { Resident } from './resident';
import { TaxRecord } from './tax-record';

export const resolvers: Resolvers = { Resident, TaxRecord, FixedAssetLand, FixedAssetBuilding, LightVehicle };
