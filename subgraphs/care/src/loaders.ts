import { departmentUpdatedAt, onceLoader, rowLoader, rowsLoader, type Knex } from '@smart-casework/kit';
import { certificationsByAtenaNos } from './data/certifications';
import { insuredByAtenaNos } from './data/insured';
import { premiumsByAtenaNos } from './data/premiums';

export function createLoaders(db: Knex) {
  return {
    insuredByAtenaNo: rowLoader((keys: readonly string[]) => insuredByAtenaNos(db, keys), (row) => row.atena_no),
    certificationsByAtenaNo: rowsLoader((keys: readonly string[]) => certificationsByAtenaNos(db, keys), (row) => row.atena_no),
    premiumsByAtenaNo: rowsLoader((keys: readonly string[]) => premiumsByAtenaNos(db, keys), (row) => row.atena_no),
    asOf: onceLoader(() => departmentUpdatedAt(db)),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
