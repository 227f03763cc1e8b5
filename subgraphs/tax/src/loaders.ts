import { departmentUpdatedAt, onceLoader, rowsLoader, type Knex } from '@smart-casework/kit';
import { assessmentsByAtenaNos } from './data/assessments';
import { buildingsByAtenaNos } from './data/buildings';
import { dependantLinksByAtenaNos } from './data/dependants';
import { incomesByAtenaNos } from './data/incomes';
import { landsByAtenaNos } from './data/lands';
import { lightVehiclesByAtenaNos } from './data/light-vehicles';

export function createLoaders(db: Knex) {
  return {
    assessmentsByAtenaNo: rowsLoader((keys: readonly string[]) => assessmentsByAtenaNos(db, keys), (row) => row.atena_no),
    incomesByAtenaNo: rowsLoader((keys: readonly string[]) => incomesByAtenaNos(db, keys), (row) => row.atena_no),
    /** Claims where the person is the taxpayer or the dependant: one statement for both directions. */
    dependantLinksByAtenaNo: rowsLoader((keys: readonly string[]) => dependantLinksByAtenaNos(db, keys), (link) => link.key),
    landsByAtenaNo: rowsLoader((keys: readonly string[]) => landsByAtenaNos(db, keys), (row) => row.atena_no),
    buildingsByAtenaNo: rowsLoader((keys: readonly string[]) => buildingsByAtenaNos(db, keys), (row) => row.atena_no),
    lightVehiclesByAtenaNo: rowsLoader((keys: readonly string[]) => lightVehiclesByAtenaNos(db, keys), (row) => row.atena_no),
    asOf: onceLoader(() => departmentUpdatedAt(db)),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
