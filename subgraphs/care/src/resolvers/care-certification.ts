import type { CareCertificationResolvers } from '../generated/graphql';

export const CareCertification: CareCertificationResolvers = {
  historyNo: (row) => row.history_no,
  appliedOn: (row) => row.applied_on,
  applicationKind: (row) => row.application_kind,
  certifiedOn: (row) => row.certified_on,
  validFrom: (row) => row.valid_from,
  validTo: (row) => row.valid_to,
};
