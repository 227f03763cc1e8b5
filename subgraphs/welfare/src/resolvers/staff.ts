import type { Identity } from '@smart-casework/kit';
import type { Context } from '../context';
import type { StaffRow } from '../data/staff';
import type { StaffResolvers } from '../generated/graphql';

/** A caller the directory does not list still has a `me`: their verified identity. */
export function staffFromIdentity(identity: Identity): StaffRow {
  return { staff_id: identity.staffId, name: identity.name, name_kana: null, role: identity.role, division: identity.division, supervisor_id: null };
}

/**
 * The staff member a case or application names. One who has left the directory (退職・異動)
 * still shows, by staffId, rather than hiding the case.
 */
export async function assignedStaff(staffId: string, { loaders }: Context): Promise<StaffRow> {
  return (await loaders.staffById.load(staffId)) ?? { staff_id: staffId, name: staffId, name_kana: null, role: 'caseworker', division: 'welfare', supervisor_id: null };
}

export const Staff: StaffResolvers = {
  __resolveReference: (reference, { loaders }) => loaders.staffById.load(reference.staffId),
  staffId: (row) => row.staff_id,
  nameKana: (row) => row.name_kana,
  supervisor: (row, _args, { loaders }) => (row.supervisor_id ? loaders.staffById.load(row.supervisor_id) : null),
  team: (row, _args, { loaders }) => loaders.staffBySupervisorId.load(row.staff_id),
};
