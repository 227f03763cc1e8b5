import { departmentUpdatedAt, onceLoader, rowsLoader, type Knex } from '@smart-casework/kit';
import { arrearsByAtenaNos } from './data/arrears';
import { enrolmentsByAtenaNos } from './data/enrolments';

export function createLoaders(db: Knex) {
  return {
    enrolmentsByAtenaNo: rowsLoader((keys: readonly string[]) => enrolmentsByAtenaNos(db, keys), (row) => row.atena_no),
    arrearsByAtenaNo: rowsLoader((keys: readonly string[]) => arrearsByAtenaNos(db, keys), (row) => row.atena_no),
    asOf: onceLoader(() => departmentUpdatedAt(db)),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
