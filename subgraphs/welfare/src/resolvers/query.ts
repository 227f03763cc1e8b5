import type { Identity } from '@smart-casework/kit';
import { openApplicationsOf } from '../data/applications';
import { openCasesOf, type WorkScope } from '../data/cases';
import { reachableHouseholdNos } from '../data/reach';
import type { QueryResolvers } from '../generated/graphql';
import { notice, notices } from './notices-query';
import { staffFromIdentity } from './staff';

/** Whose work the caller sees: a caseworker their own, a supervisor their team's, anyone else nothing. */
function workScope(identity: Identity): WorkScope | null {
  if (identity.role === 'caseworker') return { staffId: identity.staffId, team: false };
  if (identity.role === 'supervisor') return { staffId: identity.staffId, team: true };
  return null;
}

export const Query: QueryResolvers = {
  me: async (_parent, _args, { caller, loaders }) => (await loaders.staffById.load(caller.identity.staffId)) ?? staffFromIdentity(caller.identity),
  myCaseload: async (_parent, _args, { caller, db, loaders }) => {
    const scope = workScope(caller.identity);
    if (!scope) return [];
    const rows = await openCasesOf(db, scope);
    for (const row of rows) loaders.caseByNo.prime(row.case_no, row);
    return rows;
  },
  myApplications: async (_parent, _args, { caller, db, loaders }) => {
    const scope = workScope(caller.identity);
    if (!scope) return [];
    const rows = await openApplicationsOf(db, scope);
    for (const row of rows) loaders.applicationByNo.prime(row.application_no, row);
    return rows;
  },
  welfareCase: (_parent, { caseNo }, { loaders }) => loaders.caseByNo.load(caseNo),
  application: (_parent, { applicationNo }, { loaders }) => loaders.applicationByNo.load(applicationNo),
  staffMember: (_parent, { staffId }, { loaders }) => loaders.staffById.load(staffId),
  notices: (_parent, args, context) => notices(args, context),
  notice: (_parent, args, context) => notice(args, context),
  reachableHouseholds: (_parent, _args, { caller, db }) => {
    const scope = workScope(caller.identity);
    return scope ? reachableHouseholdNos(db, scope) : [];
  },
};
