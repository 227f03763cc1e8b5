import { inChunks, type Knex } from '@smart-casework/kit';

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

/** Every parcel of the given persons (any number of them). */
export function landsOfOwners(db: Knex, atenaNos: readonly string[]): Promise<LandRow[]> {
  return inChunks(atenaNos, (chunk) => landsByAtenaNos(db, chunk));
}

export async function insertLand(db: Knex, row: Omit<LandRow, 'id'>): Promise<void> {
  await db('fixed_asset_lands').insert(row);
}

/** The register holds land as it stands: a parcel the person no longer owns leaves it. */
export async function deleteLand(db: Knex, atenaNo: string, location: string, lotNo: string): Promise<void> {
  await db('fixed_asset_lands').where({ atena_no: atenaNo, location, lot_no: lotNo }).delete();
}

/** The whole land register, for the simulation. */
export function allLands(db: Knex): Promise<LandRow[]> {
  return db('fixed_asset_lands').select('*').orderBy('id');
}
