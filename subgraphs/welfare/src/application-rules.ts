import { badUserInput, type Identity } from '@smart-casework/kit';
import type { GraphQLError } from 'graphql';
import type { ApplicationRow } from './data/applications';
import type { CaseRow } from './data/cases';
import type { StaffRow } from './data/staff';
import type { RegistryPerson } from './registry-client';

/** Longest 延長理由 the applications table holds, in characters. */
export const MAX_EXTENSION_REASON_LENGTH = 200;
/** Longest note on a refusal or withdrawal (却下・取下げの経過), in characters. */
export const MAX_DECISION_NOTE_LENGTH = 1000;

/** How an open application ends without a case: 却下 (refused) or 取下げ (withdrawn). */
export const OUTCOME_STATUS = { REFUSED: '却下', WITHDRAWN: '取下げ' } as const;

/** Registering and closing applications is the welfare office's casework, never a batch's or another division's. */
export function isCaseworkRole(identity: Identity): boolean {
  return identity.role === 'caseworker' || identity.role === 'supervisor';
}

/** A date of the procedure (申請日, 決定日) that must not lie after today. */
export function pastOrToday(date: string, today: string, field: string, label: string): string {
  if (date > today) throw badUserInput(`${label}（${date}）に未来の日付は指定できません（本日 ${today}）。`, `${field} must not be later than today (${today})`, field);
  return date;
}

/** Optional free text: trimmed, blank as null, at most `max` characters. */
export function optionalText(text: string | null | undefined, max: number, field: string, label: string): string | null {
  const trimmed = text?.trim() ?? '';
  if (trimmed === '') return null;
  if ([...trimmed].length > max) throw badUserInput(`${label}は${max}文字以内で入力してください。`, `${field} must be at most ${max} characters`, field);
  return trimmed;
}

/** The applicant as the registry has them; unknown or no longer a resident (転出・死亡) is BAD_USER_INPUT. */
export function residentApplicant(atenaNo: string, person: RegistryPerson | null): RegistryPerson {
  if (!person) throw badUserInput(`宛名番号 ${atenaNo} の住民は住民記録にありません。`, `No person ${atenaNo} in the resident registry`, 'atenaNo');
  if (person.status !== '住民') {
    throw badUserInput(`宛名番号 ${atenaNo} の方は住民記録上「${person.status}」のため、保護申請を登録できません。`, `Person ${atenaNo} is not a resident (status ${person.status})`, 'atenaNo');
  }
  return person;
}

/**
 * The household's open work that a new application would duplicate: an open application or an
 * open case, named so that the caseworker goes to it instead.
 */
export function openWorkConflict(householdNo: string, applications: readonly ApplicationRow[], cases: readonly CaseRow[]): GraphQLError | null {
  const application = applications.find((a) => a.status === '調査中');
  if (application) {
    return badUserInput(
      `世帯番号 ${householdNo} の世帯には調査中の保護申請 ${application.application_no}（申請日 ${application.applied_on}、担当 ${application.caseworker_id}）があります。新たに登録せず、その申請の調査を続けてください。`,
      `Household ${householdNo} already has open application ${application.application_no} (caseworker ${application.caseworker_id}); continue with it`,
      'atenaNo',
    );
  }
  const open = cases.find((c) => c.status === '保護中' || c.status === '停止中');
  if (open) {
    return badUserInput(
      `世帯番号 ${householdNo} の世帯は保護ケース ${open.case_no}（${open.status}、担当 ${open.caseworker_id}）で保護を受けています。申請ではなく、そのケースで対応してください。`,
      `Household ${householdNo} already has open case ${open.case_no} (${open.status}, caseworker ${open.caseworker_id}); work on that case`,
      'atenaNo',
    );
  }
  return null;
}

/**
 * Whom a supervisor assigns: a caseworker of their own team, named by `caseworkerId`. The staff
 * row is the directory's entry for that id (null when it lists nobody by it).
 */
export function teamCaseworker(supervisorId: string, caseworkerId: string | null | undefined, staff: StaffRow | null): string {
  if (!caseworkerId) {
    throw badUserInput('査察指導員が登録するときは、担当ケースワーカー（caseworkerId）を指定してください。', 'A supervisor must name the caseworker (caseworkerId)', 'caseworkerId');
  }
  if (!staff || staff.role !== 'caseworker' || staff.supervisor_id !== supervisorId) {
    throw badUserInput(`${caseworkerId} はあなたの班のケースワーカーではありません。`, `${caseworkerId} is not a caseworker of your team`, 'caseworkerId');
  }
  return staff.staff_id;
}

/** Closing is the assigned caseworker's decision or their supervisor's (`assignee`: the directory's entry for the caseworker). */
export function mayClose(identity: Identity, application: ApplicationRow, assignee: StaffRow | null): boolean {
  if (application.caseworker_id === identity.staffId) return isCaseworkRole(identity);
  return identity.role === 'supervisor' && assignee?.supervisor_id === identity.staffId;
}

/** 決定日・取下げ日 on or after the application's 申請日. */
export function decisionDate(decidedOn: string, application: ApplicationRow): string {
  if (decidedOn >= application.applied_on) return decidedOn;
  throw badUserInput(`決定日（${decidedOn}）は申請日（${application.applied_on}）より前にできません。`, `decidedOn must not be before appliedOn (${application.applied_on})`, 'decidedOn');
}

/** An application already decided or withdrawn cannot be closed again. */
export function alreadyClosed(application: ApplicationRow): GraphQLError {
  const when = application.decided_on ? `（${application.decided_on}）` : '';
  return badUserInput(
    `保護申請 ${application.application_no} は既に「${application.status}」${when}で終了しています。`,
    `Application ${application.application_no} is already closed (${application.status})`,
    'applicationNo',
  );
}
