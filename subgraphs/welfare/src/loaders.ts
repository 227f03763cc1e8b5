import { departmentUpdatedAt, onceLoader, rowLoader, rowsLoader, type Knex } from '@smart-casework/kit';
import { applicationMembersByApplicationNos, applicationMembershipsByAtenaNos } from './data/application-members';
import { applicationsByHouseholdNos, applicationsByNos } from './data/applications';
import { benefitLinesByCaseNos } from './data/benefit-lines';
import { caseMembersByCaseNos, caseMembershipsByAtenaNos } from './data/case-members';
import { casesByHouseholdNos, casesByNos } from './data/cases';
import { noticesByIds, unreadNoticeCountsByCaseNos } from './data/notices';
import { staffByIds, staffBySupervisorIds } from './data/staff';
import type { RegistryClient } from './registry-client';

type Keys = readonly string[];

/** Per request; `registry` is the resident registry as welfare reads it (a fake in tests). */
export function createLoaders(db: Knex, registry: RegistryClient) {
  return {
    staffById: rowLoader((keys: Keys) => staffByIds(db, keys), (row) => row.staff_id),
    staffBySupervisorId: rowsLoader((keys: Keys) => staffBySupervisorIds(db, keys), (row) => row.supervisor_id ?? ''),
    caseByNo: rowLoader((keys: Keys) => casesByNos(db, keys), (row) => row.case_no),
    casesByHouseholdNo: rowsLoader((keys: Keys) => casesByHouseholdNos(db, keys), (row) => row.household_no),
    caseMembersByCaseNo: rowsLoader((keys: Keys) => caseMembersByCaseNos(db, keys), (row) => row.case_no),
    caseMembershipsByAtenaNo: rowsLoader((keys: Keys) => caseMembershipsByAtenaNos(db, keys), (row) => row.atena_no),
    benefitLinesByCaseNo: rowsLoader((keys: Keys) => benefitLinesByCaseNos(db, keys), (row) => row.case_no),
    applicationByNo: rowLoader((keys: Keys) => applicationsByNos(db, keys), (row) => row.application_no),
    applicationsByHouseholdNo: rowsLoader((keys: Keys) => applicationsByHouseholdNos(db, keys), (row) => row.household_no),
    applicationMembersByApplicationNo: rowsLoader((keys: Keys) => applicationMembersByApplicationNos(db, keys), (row) => row.application_no),
    applicationMembershipsByAtenaNo: rowsLoader((keys: Keys) => applicationMembershipsByAtenaNos(db, keys), (row) => row.atena_no),
    noticeById: rowLoader((keys: Keys) => noticesByIds(db, keys), (row) => row.notice_id),
    unreadNoticeCountByCaseNo: rowLoader((keys: Keys) => unreadNoticeCountsByCaseNos(db, keys), (row) => row.case_no),
    asOf: onceLoader(() => departmentUpdatedAt(db)),
    registryPersonByAtenaNo: rowLoader((keys: Keys) => registryPersons(registry, keys), (person) => person.atenaNo),
  };
}

/** The registry answers one person per call; a request asks for one applicant. */
async function registryPersons(registry: RegistryClient, atenaNos: Keys) {
  const found = await Promise.all(atenaNos.map((atenaNo) => registry.person(atenaNo)));
  return found.filter((person) => person !== null);
}

export type Loaders = ReturnType<typeof createLoaders>;
