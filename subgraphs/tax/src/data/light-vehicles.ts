import type { Knex } from '@smart-casework/kit';

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
