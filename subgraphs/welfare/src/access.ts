import type { AccessHooks } from '@smart-casework/kit';
import type { Context } from './context';
import type { ApplicationRow } from './data/applications';
import type { CaseRow } from './data/cases';
import type { NoticeRow } from './data/notices';

/** Whether `caseworkerId` is the caller or, for a supervisor, one of their team. */
async function worksFor(context: Context, caseworkerId: string | null): Promise<boolean> {
  const { staffId, role } = context.caller.identity;
  if (caseworkerId === null) return false;
  if (caseworkerId === staffId) return true;
  if (role !== 'supervisor') return false;
  const member = await context.loaders.staffById.load(caseworkerId);
  return member?.supervisor_id === staffId;
}

// Every field of a row asks; rows are per request, so the answer is kept per row.
const answers = new WeakMap<object, Promise<true | undefined>>();

async function ownRow(context: Context, typeName: string, parent: unknown): Promise<true | undefined> {
  let owner: string | null = null;
  if (typeName === 'WelfareCase' || typeName === 'Application') owner = (parent as CaseRow | ApplicationRow).caseworker_id;
  else if (typeName === 'ChangeNotice') {
    const notice = parent as NoticeRow;
    if (notice.supervisor_id === context.caller.identity.staffId) return true;
    owner = notice.assigned_to;
  } else return undefined;
  return (await worksFor(context, owner)) ? true : undefined;
}

/**
 * Welfare owns the caseload, so it answers for its own rows: a case, an application or a
 * notice of the caller's (or their team's) is reached whatever the gateway's grant says.
 * Anything else falls back to the grant by household (e.g. a closed case of a household that
 * has just applied again).
 */
export const access: AccessHooks<Context> = {
  reaches(context, typeName, parent) {
    if (typeName !== 'WelfareCase' && typeName !== 'Application' && typeName !== 'ChangeNotice') return undefined;
    const row = parent as object;
    let answer = answers.get(row);
    if (!answer) answers.set(row, (answer = ownRow(context, typeName, parent)));
    return answer;
  },
};
