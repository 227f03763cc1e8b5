import { forbidden, notFound, parseRegistryNumber, today, type Identity } from '@smart-casework/kit';
import {
  alreadyClosed, decisionDate, isCaseworkRole, mayClose, MAX_DECISION_NOTE_LENGTH, MAX_EXTENSION_REASON_LENGTH, openWorkConflict, optionalText, OUTCOME_STATUS, pastOrToday, residentApplicant, teamCaseworker,
} from '../application-rules';
import type { Context } from '../context';
import { closeOpenApplication, insertApplicationUnlessOpen, type ApplicationRow } from '../data/applications';
import type { MutationCloseApplicationArgs, MutationRegisterApplicationArgs } from '../generated/graphql';

function caseworkOnly(identity: Identity): void {
  if (!isCaseworkRole(identity)) throw forbidden('Applications are registered and closed by the welfare office\'s caseworkers and supervisors');
}

/** A caseworker investigates their own applications; a supervisor assigns one of their team. */
async function assignee(identity: Identity, caseworkerId: string | null | undefined, { loaders }: Context): Promise<string> {
  if (identity.role === 'supervisor') return teamCaseworker(identity.staffId, caseworkerId, caseworkerId ? await loaders.staffById.load(caseworkerId) : null);
  if (caseworkerId && caseworkerId !== identity.staffId) throw forbidden('A caseworker registers applications for themself; their supervisor may assign another');
  return identity.staffId;
}

/** The row as stored now, primed for the fields the client selects. */
async function reloaded(applicationNo: string, { loaders }: Context): Promise<ApplicationRow> {
  const row = await loaders.applicationByNo.clear(applicationNo).load(applicationNo);
  if (!row) throw notFound(`保護申請 ${applicationNo} は見つかりません。`, `No application ${applicationNo}`);
  return row;
}

/**
 * 保護申請の登録: the applicant's household and its members are the registry's at this moment;
 * a household with an open application or case gets no second one.
 */
export async function registerApplication(args: MutationRegisterApplicationArgs, context: Context): Promise<ApplicationRow> {
  const { identity } = context.caller;
  caseworkOnly(identity);
  const atenaNo = parseRegistryNumber(args.atenaNo, 'atenaNo');
  const appliedOn = pastOrToday(args.appliedOn ?? today(), today(), 'appliedOn', '申請日');
  const extensionReason = optionalText(args.extensionReason, MAX_EXTENSION_REASON_LENGTH, 'extensionReason', '延長理由');
  const caseworkerId = await assignee(identity, args.caseworkerId, context);
  const applicant = residentApplicant(atenaNo, await context.loaders.registryPersonByAtenaNo.load(atenaNo));
  const memberAtenaNos = applicant.memberAtenaNos.includes(atenaNo) ? applicant.memberAtenaNos : [atenaNo, ...applicant.memberAtenaNos];
  // Checked under the household's lock, so two registrations at once cannot both pass.
  const applicationNo = await insertApplicationUnlessOpen(context.db, {
    householdNo: applicant.householdNo, applicantAtenaNo: atenaNo, appliedOn, caseworkerId, extensionReason, memberAtenaNos, registeredBy: identity.staffId, registeredAt: new Date().toISOString(),
  }, (applications, cases) => openWorkConflict(applicant.householdNo, applications, cases));
  context.logger.info({ applicationNo, householdNo: applicant.householdNo, caseworkerId, by: identity.staffId }, 'application registered');
  context.loaders.applicationsByHouseholdNo.clear(applicant.householdNo);
  return reloaded(applicationNo, context);
}

/** 却下 or 取下げ of an open application, by its caseworker or their supervisor. */
export async function closeApplication(args: MutationCloseApplicationArgs, context: Context): Promise<ApplicationRow> {
  const { identity } = context.caller;
  caseworkOnly(identity);
  const row = await context.loaders.applicationByNo.load(args.applicationNo);
  if (!row) throw notFound(`保護申請 ${args.applicationNo} は見つかりません。`, `No application ${args.applicationNo}`);
  if (!mayClose(identity, row, await context.loaders.staffById.load(row.caseworker_id))) throw forbidden('Only the assigned caseworker or their supervisor may close this application');
  if (row.status !== '調査中') throw alreadyClosed(row);
  const decidedOn = decisionDate(pastOrToday(args.decidedOn ?? today(), today(), 'decidedOn', '決定日'), row);
  const note = optionalText(args.note, MAX_DECISION_NOTE_LENGTH, 'note', '経過・理由');
  const closed = await closeOpenApplication(context.db, row.application_no, { status: OUTCOME_STATUS[args.outcome], decidedOn, decidedBy: identity.staffId, note });
  if (!closed) throw alreadyClosed(await reloaded(row.application_no, context));
  context.logger.info({ applicationNo: row.application_no, outcome: args.outcome, by: identity.staffId }, 'application closed');
  return reloaded(row.application_no, context);
}
