import type { Knex } from '@smart-casework/kit';

/** A parcel in the 土地課税台帳. */
export interface LandRow {
  id: number;
  atena_no: string;
  location: string;
  lot_no: string;
  land_use: string;
  area_sqm: number;
  assessed_value: number;
  taxable_standard: number;
  housing_land_relief: string | null;
}

export function landsByAtenaNos(db: Knex, atenaNos: readonly string[]): Promise<LandRow[]> {
  return db('fixed_asset_lands').select('*').whereIn('atena_no', atenaNos).orderBy(['atena_no', 'id']);
}
