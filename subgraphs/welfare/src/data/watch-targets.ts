import type { Knex } from '@smart-casework/kit';
import { OPEN_APPLICATION_STATUS } from './applications';
import { OPEN_CASE_STATUSES } from './cases';

/** A household the change watcher looks after, and who answers for it. */
export interface WatchTarget {
  householdNo: string;
  /** The open case (保護中・停止中), when there is one. */
  caseNo: string | null;
  /** The open application (調査中), when the household has no open case. */
  applicationNo: string | null;
  caseworkerId: string;
  /** The caseworker's 査察指導員, when one is set. */
  supervisorId: string | null;
  /** 級地 of the case (for 加算 amounts); an application takes the office's grade. */
  grade: string;
}

/** The grade used when the office has no case yet (DOMAIN.md 3.3: the commonest for a regional city). */
const FALLBACK_GRADE = '2級地-1';

interface TargetRow {
  household_no: string;
  number: string;
  caseworker_id: string;
  supervisor_id: string | null;
  grade?: string;
}

/** The office's 級地: the grade of its latest case (every case of one office shares it). */
export async function officeGrade(db: Knex): Promise<string> {
  const row = await db('cases').select('grade').orderBy([{ column: 'started_on', order: 'desc' }, { column: 'case_no', order: 'desc' }]).first();
  return typeof row?.grade === 'string' ? row.grade : FALLBACK_GRADE;
}

function openCaseRows(db: Knex): Promise<TargetRow[]> {
  return db('cases')
    .leftJoin('staff', 'staff.staff_id', 'cases.caseworker_id')
    .select({ household_no: 'cases.household_no', number: 'cases.case_no', caseworker_id: 'cases.caseworker_id', supervisor_id: 'staff.supervisor_id', grade: 'cases.grade' })
    .whereIn('cases.status', OPEN_CASE_STATUSES);
}

function openApplicationRows(db: Knex): Promise<TargetRow[]> {
  return db('applications')
    .leftJoin('staff', 'staff.staff_id', 'applications.caseworker_id')
    .select({ household_no: 'applications.household_no', number: 'applications.application_no', caseworker_id: 'applications.caseworker_id', supervisor_id: 'staff.supervisor_id' })
    .where('applications.status', OPEN_APPLICATION_STATUS);
}

/**
 * Every household with an open case or an open application, one entry per household ordered by
 * household number; a household with both is watched for its case.
 */
export async function watchTargets(db: Knex): Promise<WatchTarget[]> {
  const [cases, applications, grade] = await Promise.all([openCaseRows(db), openApplicationRows(db), officeGrade(db)]);
  const byHousehold = new Map<string, WatchTarget>();
  for (const row of [...cases].sort((a, b) => a.number.localeCompare(b.number))) {
    byHousehold.set(row.household_no, { householdNo: row.household_no, caseNo: row.number, applicationNo: null, caseworkerId: row.caseworker_id, supervisorId: row.supervisor_id, grade: row.grade ?? grade });
  }
  for (const row of [...applications].sort((a, b) => a.number.localeCompare(b.number))) {
    if (byHousehold.has(row.household_no)) continue;
    byHousehold.set(row.household_no, { householdNo: row.household_no, caseNo: null, applicationNo: row.number, caseworkerId: row.caseworker_id, supervisorId: row.supervisor_id, grade });
  }
  return [...byHousehold.values()].sort((a, b) => a.householdNo.localeCompare(b.householdNo));
}
