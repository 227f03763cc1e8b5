import { fromRow } from '@smart-casework/kit';
import type { AuditEntryResolvers } from '../generated/graphql';
import { departmentLabelOf, purposeLabel } from '../labels';

/** Sorted as the kit hashed them (by code unit), whatever order the database returns. */
const values = (rows: readonly { value: string }[]) => rows.map((row) => row.value).sort();

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
  subjects: async (row, _args, { loaders }) => values(await loaders.subjectsBySeq.load(String(row.seq))),
  subjectCount: async (row, _args, { loaders }) => (await loaders.subjectCountBySeq.load(String(row.seq)))?.count ?? (row.atena_no ? 1 : 0),
  subjectHouseholds: async (row, _args, { loaders }) => values(await loaders.subjectHouseholdsBySeq.load(String(row.seq))),
  departmentLabel: (row) => departmentLabelOf(row.department),
  fields: (row) => fromRow(row).fields,
  outcome: (row) => (row.outcome === 'allowed' ? 'ALLOWED' : 'DENIED'),
};
