import type { Knex } from '@smart-casework/kit';

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
