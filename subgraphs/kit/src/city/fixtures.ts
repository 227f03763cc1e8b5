import { withCheckDigit } from '../numbers';
import { noTraits } from './model';
import type { City, CityHousehold, CityPerson } from './types';

/** Small factories for handmade test cities: every field has a plain default. */
let serial = 900_000;

export function makePerson(overrides: Partial<CityPerson> = {}): CityPerson {
  serial += 1;
  return {
    atenaNo: withCheckDigit(serial, 9),
    householdNo: withCheckDigit(serial, 9),
    surname: '試験',
    givenName: '太郎',
    surnameKana: 'シケン',
    givenNameKana: 'タロウ',
    birthDate: '1980-04-01',
    sex: '男',
    relationship: '世帯主',
    status: '住民',
    residentSince: '1980-04-01',
    addressSince: '2010-04-01',
    previousAddress: null,
    healthCover: 'none',
    healthCoverSince: '2020-04-01',
    ...noTraits(),
    ...overrides,
  };
}

/** A household around the given members (the first is the head). */
export function makeHousehold(members: CityPerson[], overrides: Partial<CityHousehold> = {}): CityHousehold {
  const householdNo = overrides.householdNo ?? members[0]?.householdNo ?? withCheckDigit((serial += 1), 9);
  for (const member of members) member.householdNo = householdNo;
  return {
    householdNo,
    address: '試験市中央一丁目1番1号',
    postalCode: '683-0000',
    headAtenaNo: members[0]?.atenaNo ?? null,
    memberAtenaNos: members.map((m) => m.atenaNo),
    kind: 'single',
    assistance: null,
    application: null,
    allowances: [],
    ...overrides,
  };
}

export function makeCity(households: { household: CityHousehold; members: CityPerson[] }[], overrides: Partial<City> = {}): City {
  return {
    seed: 0,
    referenceDate: '2025-10-01',
    name: '試験市',
    grade: '2級地-1',
    persons: households.flatMap((h) => h.members),
    households: households.map((h) => h.household),
    staff: [],
    ...overrides,
  };
}
