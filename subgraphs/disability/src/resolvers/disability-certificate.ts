import type { DisabilityCertificateResolvers } from '../generated/graphql';

export const DisabilityCertificate: DisabilityCertificateResolvers = {
  certificateNo: (row) => row.certificate_no,
  impairmentGroup: (row) => row.impairment_group,
  firstIssuedOn: (row) => row.first_issued_on,
  issuedOn: (row) => row.issued_on,
  reassessOn: (row) => row.reassess_on,
  validUntil: (row) => row.valid_until,
};
