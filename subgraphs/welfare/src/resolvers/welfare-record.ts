import type { WelfareRecordResolvers } from '../generated/graphql';

export const WelfareRecord: WelfareRecordResolvers = {
  caseRole: (record) => record.membership?.case_role ?? null,
  coveredFrom: (record) => record.membership?.covered_from ?? null,
  excludedOn: (record) => record.membership?.excluded_on ?? null,
};
