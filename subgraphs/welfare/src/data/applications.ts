import { isWriteConflict, type Knex } from '@smart-casework/kit';
import { casesByHouseholdNos, whereInScope, type CaseRow, type WorkScope } from './cases';

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
  /** 却下・取下げの経過, when recorded through closeApplication. */
  decision_note: string | null;
}

const COLUMNS = ['application_no', 'household_no', 'applicant_atena_no', 'applied_on', 'caseworker_id', 'status', 'extension_reason', 'decided_on', 'case_no', 'decision_note'];

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

/** An application as registered: the household and its members as the registry had them that day. */
export interface NewApplication {
  householdNo: string;
  applicantAtenaNo: string;
  appliedOn: string;
  caseworkerId: string;
  extensionReason: string | null;
  memberAtenaNos: readonly string[];
  registeredBy: string;
  registeredAt: string;
}

/** 申請番号 as the demo city numbers them: `A` and six digits, from A100001 (kit city/caseload.ts). */
const NUMBER_PATTERN = /^A(\d{6})$/;
const FIRST_SERIAL = 100001;

/** The number after the highest one of the city's pattern (`A______`: A and six characters). */
export async function nextApplicationNo(db: Knex): Promise<string> {
  const row = await db('applications').max({ last: 'application_no' }).where('application_no', 'like', 'A______').first();
  const serial = NUMBER_PATTERN.exec(String(row?.last ?? ''))?.[1];
  return `A${serial ? Number(serial) + 1 : FIRST_SERIAL}`;
}

async function insertOnce(db: Knex, applicationNo: string, application: NewApplication): Promise<void> {
  await db.transaction(async (trx) => {
    await trx('applications').insert({
      application_no: applicationNo, household_no: application.householdNo, applicant_atena_no: application.applicantAtenaNo, applied_on: application.appliedOn,
      caseworker_id: application.caseworkerId, status: OPEN_APPLICATION_STATUS, extension_reason: application.extensionReason, decided_on: null, case_no: null,
      registered_by: application.registeredBy, registered_at: application.registeredAt, decided_by: null, decision_note: null,
    });
    const members = application.memberAtenaNos.map((atenaNo, i) => ({ application_no: applicationNo, atena_no: atenaNo, display_order: i + 1 }));
    if (members.length > 0) await trx('application_members').insert(members);
  });
}

/** Registers an application (調査中) under the next number and returns its number. */
export async function insertApplication(db: Knex, application: NewApplication, attempts = 3): Promise<string> {
  for (let attempt = 1; ; attempt++) {
    const applicationNo = await nextApplicationNo(db);
    try {
      await insertOnce(db, applicationNo, application);
      return applicationNo;
    } catch (error) {
      // Another registration took the number between the two statements: count on from it.
      const taken = (await applicationsByNos(db, [applicationNo])).length > 0;
      if (!taken || attempt >= attempts) throw error;
    }
  }
}

/** The household's lock row, created on first use (before the transaction: SQLite has one connection). */
async function ensureLockRow(db: Knex, householdNo: string, at: string): Promise<void> {
  if (await db('household_locks').where({ household_no: householdNo }).first('household_no')) return;
  try {
    await db('household_locks').insert({ household_no: householdNo, locked_at: at });
  } catch (error) {
    // Another registration created it first: it is there all the same.
    if (!isWriteConflict(error)) throw error;
  }
}

/**
 * Registers the application unless `conflictOf` finds open work for the household (an open
 * application or case), checked and inserted under the household's lock: of two registrations
 * at the same moment, the second sees the first's application and is refused.
 */
export async function insertApplicationUnlessOpen(db: Knex, application: NewApplication, conflictOf: (applications: ApplicationRow[], cases: CaseRow[]) => Error | null): Promise<string> {
  await ensureLockRow(db, application.householdNo, application.registeredAt);
  return db.transaction(async (trx) => {
    // An UPDATE holds the row until commit on every server dialect; SQLite has one writer anyway.
    await trx('household_locks').where({ household_no: application.householdNo }).update({ locked_at: application.registeredAt });
    const applications = await applicationsByHouseholdNos(trx, [application.householdNo]);
    const cases = await casesByHouseholdNos(trx, [application.householdNo]);
    const conflict = conflictOf(applications, cases);
    if (conflict) throw conflict;
    return insertApplication(trx, application);
  });
}

/** How an open application ends without a case (却下 or 取下げ). */
export interface ApplicationClosing {
  status: string;
  decidedOn: string;
  decidedBy: string;
  note: string | null;
}

/** Closes the application if it is still open; false when it was not (closed meanwhile, or unknown). */
export async function closeOpenApplication(db: Knex, applicationNo: string, closing: ApplicationClosing): Promise<boolean> {
  const updated = await db('applications')
    .where({ application_no: applicationNo, status: OPEN_APPLICATION_STATUS })
    .update({ status: closing.status, decided_on: closing.decidedOn, decided_by: closing.decidedBy, decision_note: closing.note });
  return updated > 0;
}
