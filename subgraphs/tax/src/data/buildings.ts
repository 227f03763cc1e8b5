import { inChunks, type Knex } from '@smart-casework/kit';

/** A building in the 家屋課税台帳. */
export interface BuildingRow {
  id: number;
  atena_no: string;
  location: string;
  building_no: string;
  kind: string;
  structure: string;
  floor_area_sqm: number;
  built_year: number;
  assessed_value: number;
}

export function buildingsByAtenaNos(db: Knex, atenaNos: readonly string[]): Promise<BuildingRow[]> {
  return db('fixed_asset_buildings').select('*').whereIn('atena_no', atenaNos).orderBy(['atena_no', 'id']);
}

/** Every building of the given persons (any number of them). */
export function buildingsOfOwners(db: Knex, atenaNos: readonly string[]): Promise<BuildingRow[]> {
  return inChunks(atenaNos, (chunk) => buildingsByAtenaNos(db, chunk));
}

export async function insertBuilding(db: Knex, row: Omit<BuildingRow, 'id'>): Promise<void> {
  await db('fixed_asset_buildings').insert(row);
}

export async function deleteBuilding(db: Knex, atenaNo: string, location: string, buildingNo: string): Promise<void> {
  await db('fixed_asset_buildings').where({ atena_no: atenaNo, location, building_no: buildingNo }).delete();
}
