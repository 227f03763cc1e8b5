import type { ResidentResolvers } from '../generated/graphql';

export const Resident: ResidentResolvers = {
  __resolveReference: (reference, { loaders }) => loaders.residentByAtenaNo.load(reference.atenaNo),
  atenaNo: (row) => row.atena_no,
  nameKana: (row) => row.name_kana,
  birthDate: (row) => row.birth_date,
  householdNo: (row) => row.household_no,
  residentSince: (row) => row.resident_since,
  addressSince: (row) => row.address_since,
  previousAddress: (row) => row.previous_address,
  address: async (row, _args, { loaders }) => (await loaders.householdByNo.load(row.household_no))?.address ?? '',
  postalCode: async (row, _args, { loaders }) => (await loaders.householdByNo.load(row.household_no))?.postal_code ?? '',
  household: async (row, _args, { loaders }) => {
    const household = await loaders.householdByNo.load(row.household_no);
    if (!household) throw new Error(`household ${row.household_no} of ${row.atena_no} is missing`);
    return household;
  },
  changes: (row, _args, { loaders }) => loaders.changesByAtenaNo.load(row.atena_no),
};
