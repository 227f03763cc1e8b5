import { fromRow } from '@smart-casework/kit';
import type { AuditEntryResolvers } from '../generated/graphql';
import { departmentLabelOf, purposeLabel } from '../labels';

export const AuditEntry: AuditEntryResolvers = {
  seq: (row) => String(row.seq),
  requestId: (row) => row.request_id,
  staffId: (row) => row.staff_id,
  clientAddress: (row) => row.client_address,
  userAgent: (row) => row.user_agent,
  operationName: (row) => row.operation_name,
  purposeLabel: (row) => purposeLabel(row.purpose),
  atenaNo: (row) => row.atena_no,
  householdNo: (row) => row.household_no,
  departmentLabel: (row) => departmentLabelOf(row.department),
  fields: (row) => fromRow(row).fields,
  outcome: (row) => (row.outcome === 'allowed' ? 'ALLOWED' : 'DENIED'),
};
