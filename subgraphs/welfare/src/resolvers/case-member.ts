import type { CaseMemberResolvers } from '../generated/graphql';

export const CaseMember: CaseMemberResolvers = {
  resident: (row) => ({ atenaNo: row.atena_no }),
  caseRole: (row) => row.case_role,
  coveredFrom: (row) => row.covered_from,
  excludedOn: (row) => row.excluded_on,
  exclusionReason: (row) => row.exclusion_reason,
};
