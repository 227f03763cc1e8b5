import { rowLoader, rowsLoader, type Knex } from '@smart-casework/kit';
import { changesByAtenaNos } from './data/changes';
import { householdsByNos } from './data/households';
import { formerMembersByHouseholdNos, membersByHouseholdNos, residentsByAtenaNos } from './data/residents';

export function createLoaders(db: Knex) {
  return {
    residentByAtenaNo: rowLoader((keys: readonly string[]) => residentsByAtenaNos(db, keys), (row) => row.atena_no),
    /** Current members (住民) only. */
    membersByHouseholdNo: rowsLoader((keys: readonly string[]) => membersByHouseholdNos(db, keys), (row) => row.household_no),
    formerMembersByHouseholdNo: rowsLoader((keys: readonly string[]) => formerMembersByHouseholdNos(db, keys), (row) => row.former_household_no),
    householdByNo: rowLoader((keys: readonly string[]) => householdsByNos(db, keys), (row) => row.household_no),
    changesByAtenaNo: rowsLoader((keys: readonly string[]) => changesByAtenaNos(db, keys), (row) => row.atena_no),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
