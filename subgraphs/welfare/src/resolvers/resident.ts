import { today } from '@smart-casework/kit';
import type { ResidentResolvers } from '../generated/graphql';
import { welfareRecord } from '../record';

export const Resident: ResidentResolvers = {
  // Residents owns the person: no read here; the section loads through the loaders.
  __resolveReference: (reference) => ({ atenaNo: reference.atenaNo }),
  welfare: async (resident, _args, { loaders }) => {
    // Same await sequence for every person, so that a batch of persons shares each statement.
    const [memberships, applicationMemberships, asOf] = await Promise.all([
      loaders.caseMembershipsByAtenaNo.load(resident.atenaNo),
      loaders.applicationMembershipsByAtenaNo.load(resident.atenaNo),
      loaders.asOf(),
    ]);
    const [cases, applications] = await Promise.all([
      loaders.caseByNo.loadMany(memberships.map((m) => m.case_no)),
      loaders.applicationByNo.loadMany(applicationMemberships.map((m) => m.application_no)),
    ]);
    return welfareRecord({ memberships, cases: rowsOnly(cases), applications: rowsOnly(applications), asOf, on: today() });
  },
};

/** loadMany yields an Error in place of a failed key; a failed statement fails the section. */
function rowsOnly<T>(results: readonly (T | null | Error)[]): (T | null)[] {
  return results.map((r) => {
    if (r instanceof Error) throw r;
    return r;
  });
}
