import type { DisabilityServiceResolvers } from '../generated/graphql';

export const DisabilityService: DisabilityServiceResolvers = {
  serviceKind: (row) => row.service_kind,
  grantedFrom: (row) => row.granted_from,
  grantedTo: (row) => row.granted_to,
  grantedQuantity: (row) => row.granted_quantity,
  supportLevel: (row) => row.support_level,
  copayCap: (row) => row.copay_cap,
};
