import { departmentUpdatedAt, onceLoader, rowsLoader, type Knex } from '@smart-casework/kit';
import { benefitsByAtenaNos } from './data/benefits';
import { exemptionsByAtenaNos } from './data/exemptions';
import { insuredPeriodsByAtenaNos } from './data/insured';

export function createLoaders(db: Knex) {
  return {
    insuredPeriodsByAtenaNo: rowsLoader((keys: readonly string[]) => insuredPeriodsByAtenaNos(db, keys), (row) => row.atena_no),
    exemptionsByAtenaNo: rowsLoader((keys: readonly string[]) => exemptionsByAtenaNos(db, keys), (row) => row.atena_no),
    benefitsByAtenaNo: rowsLoader((keys: readonly string[]) => benefitsByAtenaNos(db, keys), (row) => row.atena_no),
    asOf: onceLoader(() => departmentUpdatedAt(db)),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
