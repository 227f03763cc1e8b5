import type { HouseholdResolvers } from '../generated/graphql';

export const Household: HouseholdResolvers = {
  __resolveReference: (reference, { loaders }) => loaders.householdByNo.load(reference.householdNo),
  householdNo: (row) => row.household_no,
  postalCode: (row) => row.postal_code,
  members: (row, _args, { loaders }) => loaders.membersByHouseholdNo.load(row.household_no),
  formerMembers: (row, _args, { loaders }) => loaders.formerMembersByHouseholdNo.load(row.household_no),
  head: async (row, _args, { loaders }) => {
    const members = await loaders.membersByHouseholdNo.load(row.household_no);
    // A household may have no head set (世帯主未設定); the first member in display order stands in.
    const head = members.find((m) => m.atena_no === row.head_atena_no) ?? members[0];
    if (head) return head;
    // Nobody left (the last member moved out or died): the head as last registered, for the record.
    const former = row.head_atena_no ? await loaders.residentByAtenaNo.load(row.head_atena_no) : null;
    if (!former) throw new Error(`household ${row.household_no} has no members`);
    return former;
  },
};
