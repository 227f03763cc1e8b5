import type { Message } from '@smart-casework/kit';
import type { ResidentRow } from '../data/residents';
import { HEAD, type RegistryRow } from './columns';
import type { Plan } from './plan';
import type { HouseholdState } from './view';
import { currentPerson, msg, notifiedOn } from './reasons';

const missingHousehold = (person: ResidentRow): Message => msg(`世帯番号 ${person.household_no} の世帯が住民記録にありません。`, `household ${person.household_no} is missing from the registry`);

/** Moves a person out of their household into another (existing or new), recording where from. */
function moveInto(plan: Plan, person: ResidentRow, from: HouseholdState | undefined, to: HouseholdState, relationship: string, row: RegistryRow, addressSince: string): void {
  const before = person.household_no;
  if (from) plan.leave(person, from, row);
  plan.updatePerson(person, { household_no: to.row.household_no, relationship, display_order: plan.nextDisplayOrder(to), address_since: addressSince });
  plan.join(person, to);
  if (relationship === HEAD) plan.updateHousehold(to, { head_atena_no: person.atena_no });
  plan.record(person.atena_no, row.reason, row.effectiveDate, notifiedOn(plan, row), before);
}

/**
 * 転居 within the city. Without 世帯番号 (or with the person's own) the whole household moves:
 * the address is the household's, and the file carries one row per member, each recording the
 * member's change. With another 世帯番号 the person joins that household at its address, or
 * founds it at 住所 when the number is new.
 */
export function moveAddress(plan: Plan, row: RegistryRow): Message[] {
  const person = currentPerson(plan, row);
  if (Array.isArray(person)) return person;
  const from = plan.household(person.household_no);
  const target = row.householdNo ?? person.household_no;
  const to = plan.household(target);
  if (target === person.household_no) {
    if (!from) return [missingHousehold(person)];
    if (!row.address || !row.postalCode) return [msg('世帯の転居には新しい住所と郵便番号が必要です。', 'a household move needs the new address and postal code')];
    if (row.address !== from.row.address) plan.updateHousehold(from, { address: row.address, postal_code: row.postalCode });
    plan.updatePerson(person, { address_since: row.effectiveDate });
    plan.record(person.atena_no, '転居', row.effectiveDate, notifiedOn(plan, row));
    return [];
  }
  if (to) {
    const problems: Message[] = [];
    if (row.address !== null && row.address !== to.row.address) problems.push(msg(`住所が転居先の世帯の住所（${to.row.address}）と異なります。`, 'address differs from the address of the household moved into'));
    if (!row.relationship) problems.push(msg('他の世帯への転居では続柄が必要です。', 'moving into another household needs the relationship to its head'));
    else if (row.relationship === HEAD && plan.currentHead(to)) problems.push(msg('転居先の世帯には世帯主がいます。', 'the household moved into already has a head'));
    if (problems.length > 0 || !row.relationship) return problems;
    moveInto(plan, person, from, to, row.relationship, row, row.effectiveDate);
    return [];
  }
  if (!row.address || !row.postalCode) return [msg('新しい世帯番号には住所と郵便番号が必要です。', 'a new householdNo needs an address and a postal code')];
  if (row.relationship !== null && row.relationship !== HEAD) return [msg('新しい世帯に転居した人は世帯主です（続柄は空欄か「世帯主」）。', 'a person founding a household is its head (relationship blank or 世帯主)')];
  const founded = plan.addHousehold({ household_no: target, address: row.address, postal_code: row.postalCode, head_atena_no: person.atena_no });
  moveInto(plan, person, from, founded, HEAD, row, row.effectiveDate);
  return [];
}

/** 世帯分離: the person founds a household of their own at the same dwelling, under a new 世帯番号. */
export function splitOff(plan: Plan, row: RegistryRow): Message[] {
  const person = currentPerson(plan, row);
  if (Array.isArray(person)) return person;
  const from = plan.household(person.household_no);
  const target = row.householdNo;
  if (!from) return [missingHousehold(person)];
  if (!target) return [];
  const problems: Message[] = [];
  if (plan.household(target)) problems.push(msg(`世帯番号 ${target} は既にあります。世帯分離には新しい世帯番号を使います。`, `householdNo ${target} exists; 世帯分離 needs a new number`));
  if (from.members.length <= 1) problems.push(msg('一人の世帯からは世帯分離できません。', 'a single-person household cannot split'));
  if (row.address !== null && row.address !== from.row.address) problems.push(msg('住所が変わる場合は転居として届け出てください。', 'a change of address is a 転居, not a 世帯分離'));
  if (problems.length > 0) return problems;
  const founded = plan.addHousehold({ household_no: target, address: from.row.address, postal_code: row.postalCode ?? from.row.postal_code, head_atena_no: person.atena_no });
  moveInto(plan, person, from, founded, HEAD, row, person.address_since);
  return [];
}

/**
 * 世帯主変更: a row with 続柄 世帯主 (or blank) makes the person head; the former head, if still
 * in the household, needs a row of the same file giving their new 続柄 (so nobody keeps
 * 「世帯主」 beside the new head), and such a row needs the new head's row.
 */
export function changeHead(plan: Plan, row: RegistryRow): Message[] {
  const person = currentPerson(plan, row);
  if (Array.isArray(person)) return person;
  const household = plan.household(person.household_no);
  if (!household) return [missingHousehold(person)];
  if (row.householdNo !== null && row.householdNo !== person.household_no) return [msg('世帯主変更の世帯番号が本人の世帯と一致しません。', 'householdNo of a 世帯主変更 must be the person\'s own household')];
  const relationship = row.relationship ?? HEAD;
  const head = plan.currentHead(household);
  if (relationship === HEAD) {
    if (head?.atena_no === person.atena_no) return [msg('この人は既に世帯主です。', 'the person already heads the household')];
    if (head && !plan.facts.relabelled.has(head.atena_no)) return [msg(`旧世帯主（宛名番号 ${head.atena_no}）の新しい続柄を、同じファイルの世帯主変更の行で指定してください。`, `give the former head (${head.atena_no}) a new relationship in a 世帯主変更 row of the same file`)];
    plan.updateHousehold(household, { head_atena_no: person.atena_no });
  } else if (head?.atena_no === person.atena_no && !household.members.some((m) => m !== person && plan.facts.newHeads.has(m.atena_no))) {
    return [msg('世帯主の続柄を変えるには、新しい世帯主の世帯主変更の行が必要です。', 'changing the head\'s relationship needs a 世帯主変更 row for the new head')];
  }
  plan.updatePerson(person, { relationship });
  plan.record(person.atena_no, '世帯主変更', row.effectiveDate, notifiedOn(plan, row));
  return [];
}
