import type { Knex } from '@smart-casework/kit';
import { whereInScope, type WorkScope } from './cases';

/** 保護申請 */
export interface ApplicationRow {
  application_no: string;
  household_no: string;
  applicant_atena_no: string;
  applied_on: string;
  caseworker_id: string;
  /** 調査中 | 開始 | 却下 | 取下げ */
  status: string;
  extension_reason: string | null;
  decided_on: string | null;
  case_no: string | null;
}

const COLUMNS = ['application_no', 'household_no', 'applicant_atena_no', 'applied_on', 'caseworker_id', 'status', 'extension_reason', 'decided_on', 'case_no'];

export const OPEN_APPLICATION_STATUS = '調査中';

export function applicationsByNos(db: Knex, applicationNos: readonly string[]): Promise<ApplicationRow[]> {
  return db('applications').select(COLUMNS).whereIn('application_no', applicationNos);
}

export function applicationsByHouseholdNos(db: Knex, householdNos: readonly string[]): Promise<ApplicationRow[]> {
  return db('applications').select(COLUMNS).whereIn('household_no', householdNos).orderBy([{ column: 'household_no' }, { column: 'applied_on', order: 'desc' }]);
}

/** Open applications (調査中) of a scope, oldest first, in one statement. */
export function openApplicationsOf(db: Knex, scope: WorkScope): Promise<ApplicationRow[]> {
  const query = db('applications').select(COLUMNS).where('status', OPEN_APPLICATION_STATUS);
  return whereInScope(db, query, scope).orderBy(['applied_on', 'application_no']);
}
