import { addDays, addYears, maxDate, minDate } from '../dates';
import { dateBetween } from './random-dates';
import { withCheckDigit } from '../numbers';
import { previousAddress, type AddressBook } from './addresses';
import type { HouseholdDraft, MemberDraft } from './household-builder';
import { noTraits, type HouseholdWork, type Member } from './model';
import type { Random } from './random';
import type { CityPerson, HouseholdKind } from './types';

/**
 * Turns household drafts into registry records: 宛名番号 and 世帯番号 with check digits (from
 * separate serial ranges, with the gaps left by people who moved away), addresses and the
 * dates people came to the city and to their current address.
 */
const FIRST_ATENA_SERIAL = 100_000_000;
const FIRST_HOUSEHOLD_SERIAL = 30_000_000;

export function registerHouseholds(random: Random, addresses: AddressBook, drafts: HouseholdDraft[], referenceDate: string): HouseholdWork[] {
  let atenaSerial = FIRST_ATENA_SERIAL;
  let householdSerial = FIRST_HOUSEHOLD_SERIAL;
  return drafts.map((draft) => {
    householdSerial += random.int(1, 3);
    const householdNo = withCheckDigit(householdSerial, 8);
    const address = addresses.home(draft.dwelling);
    const members = draft.members.map((member) => {
      atenaSerial += random.chance(0.8) ? 1 : random.int(2, 4);
      return { draft: member, person: newPerson(member, withCheckDigit(atenaSerial, 9), householdNo), work: 'none' as const, employeePension: 0 };
    });
    settleDates(random, members, referenceDate);
    const household = {
      householdNo,
      address: address.address,
      postalCode: address.postalCode,
      headAtenaNo: members.find((m) => m.draft.role === 'head')?.person.atenaNo ?? null,
      memberAtenaNos: members.map((m) => m.person.atenaNo),
      kind: householdKind(draft),
      assistance: null,
      application: null,
      allowances: [],
    };
    const byDraft = new Map(members.map((m) => [m.draft, m]));
    const families = draft.families.map((f) => ({ parents: f.parents.map((p) => byDraft.get(p) as Member), children: f.children.map((c) => byDraft.get(c) as Member) }));
    return { draft, household, members, families, address, dwelling: draft.dwelling, ownsHome: false, rent: 0 };
  });
}

function newPerson(member: MemberDraft, atenaNo: string, householdNo: string): CityPerson {
  return {
    atenaNo,
    householdNo,
    surname: member.surname.kanji,
    givenName: member.givenName.kanji,
    surnameKana: member.surname.kana,
    givenNameKana: member.givenName.kana,
    birthDate: member.birthDate,
    sex: member.sex,
    relationship: member.relationship,
    status: '住民',
    residentSince: member.birthDate,
    addressSince: member.birthDate,
    previousAddress: null,
    healthCover: 'kokuho',
    healthCoverSince: member.birthDate,
    ...noTraits(),
  };
}

/**
 * The household settled at its address on one day; its head was born in the city or came from
 * elsewhere; children born since are registered by birth (出生).
 */
function settleDates(random: Random, members: Member[], referenceDate: string): void {
  const head = members.find((m) => m.draft.role === 'head') ?? members[0];
  if (!head) return;
  const latest = addDays(referenceDate, -20);
  const adult = (m: Member) => minDate(addYears(m.person.birthDate, 18), latest);
  const movedIn = dateBetween(random, maxDate(adult(head), addYears(referenceDate, -45)), latest);
  const headNative = random.chance(0.45);
  const arrived = headNative ? head.person.birthDate : dateBetween(random, maxDate(adult(head), addYears(movedIn, -15)), movedIn);
  const from = headNative ? null : previousAddress(random);
  for (const member of members) {
    const p = member.person;
    const bornHere = p.birthDate >= arrived || (member !== head && random.chance(0.35));
    p.residentSince = member === head ? arrived : bornHere ? p.birthDate : maxDate(arrived, p.birthDate);
    p.previousAddress = p.residentSince === p.birthDate ? null : (from ?? previousAddress(random));
    p.addressSince = maxDate(movedIn, p.residentSince);
    // A spouse joins the household on marriage, not as a child.
    if (member.draft.role === 'spouse' || member.draft.role === 'childSpouse') p.addressSince = maxDate(p.addressSince, minDate(addYears(p.birthDate, random.int(20, 30)), latest));
  }
}

/** The household's category, as in the national assistance statistics where it applies. */
function householdKind(draft: HouseholdDraft): HouseholdKind {
  if (draft.assistanceKind) return draft.assistanceKind;
  const { members, families } = draft;
  if (members.every((m) => m.age >= 65 || m.age < 18) && members.some((m) => m.age >= 65)) return 'elderly';
  if (members.length === 1) return 'single';
  const family = families[0];
  const nuclear = families.length === 1 && family && family.parents.length + family.children.length === members.length;
  if (nuclear && family.parents.length === 1 && family.children.every((c) => c.age < 18)) return 'single-parent';
  if (nuclear && family.parents.length === 2) return 'couple-with-children';
  if (members.length === 2 && members[1]?.role === 'spouse') return 'couple';
  return 'other';
}
