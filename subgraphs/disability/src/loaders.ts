import { departmentUpdatedAt, onceLoader, rowsLoader, type Knex } from '@smart-casework/kit';
import { allowancesByAtenaNos } from './data/allowances';
import { certificatesByAtenaNos } from './data/certificates';
import { cityGrade } from './data/city-grade';
import { servicesByAtenaNos } from './data/services';

export function createLoaders(db: Knex) {
  return {
    certificatesByAtenaNo: rowsLoader((keys: readonly string[]) => certificatesByAtenaNos(db, keys), (row) => row.atena_no),
    servicesByAtenaNo: rowsLoader((keys: readonly string[]) => servicesByAtenaNos(db, keys), (row) => row.atena_no),
    allowancesByAtenaNo: rowsLoader((keys: readonly string[]) => allowancesByAtenaNos(db, keys), (row) => row.atena_no),
    asOf: onceLoader(() => departmentUpdatedAt(db)),
    cityGrade: onceLoader(() => cityGrade(db)),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
