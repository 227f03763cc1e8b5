import { inChunks, type Knex } from '@smart-casework/kit';

/** A vehicle in the 軽自動車税 (種別割) register. */
export interface LightVehicleRow {
  id: number;
  atena_no: string;
  kind: string;
  plate: string;
  registered_on: string;
  deregistered_on: string | null;
  annual_tax: number;
}

/** Vehicles still registered (not 廃車) to the given persons. */
export function lightVehiclesByAtenaNos(db: Knex, atenaNos: readonly string[]): Promise<LightVehicleRow[]> {
  return db('light_vehicles').select('*').whereIn('atena_no', atenaNos).whereNull('deregistered_on').orderBy(['atena_no', 'id']);
}

/** Vehicles still registered under the given plates, whoever owns them (a plate is on one vehicle at a time). */
export function activeVehiclesByPlates(db: Knex, plates: readonly string[]): Promise<LightVehicleRow[]> {
  return inChunks(plates, (chunk) => db('light_vehicles').select('*').whereIn('plate', chunk).whereNull('deregistered_on'));
}

/** Every vehicle still registered, for the simulation. */
export function activeVehicles(db: Knex): Promise<LightVehicleRow[]> {
  return db('light_vehicles').select('*').whereNull('deregistered_on').orderBy('id');
}

export async function insertLightVehicle(db: Knex, row: Omit<LightVehicleRow, 'id'>): Promise<void> {
  await db('light_vehicles').insert(row);
}

/** 廃車: the row stays (the register keeps its history), marked with the day it left. */
export async function deregisterLightVehicle(db: Knex, atenaNo: string, plate: string, on: string): Promise<void> {
  await db('light_vehicles').where({ atena_no: atenaNo, plate }).whereNull('deregistered_on').update({ deregistered_on: on });
}
