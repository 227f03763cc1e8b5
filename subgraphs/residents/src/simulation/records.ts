import { addDays, ageOn, maxDate } from '@smart-casework/kit';
import type { ResidentRow } from '../data/residents';
import type { Newcomer, SimCity, SimHousehold } from './city';
import { surnameOf } from './names';

/**
 * The rows one event produces, written as the registry's business system would export them:
 * one row per person, 世帯番号 filled on every row (the other departments read it).
 */

/** Relationships a mother may have for her child to be recorded in the household, and the child's 続柄. */
const CHILD_OF: Record<string, string> = { 世帯主: '子', 妻: '子', 子: '子の子', 子の妻: '子の子' };

export function isMother(city: SimCity, person: ResidentRow, on: string): boolean {
  const age = city.age(person, on);
  return person.sex === '女' && age >= 18 && age <= 45 && person.relationship in CHILD_OF;
}

/** 出生: a child of the mother (or, without one, of the head) recorded 職権 from the 戸籍 notice. */
export function birth(city: SimCity, household: SimHousehold, mother: ResidentRow | null, date: string): void {
  city.locked.add(household.row.household_no);
  const parent = mother ?? household.members[0];
  if (!parent) return;
  const sex = city.ctx.random() < 0.512 ? '男' : '女';
  const child = city.newcomer(surnameOf(parent), sex, date, mother ? (CHILD_OF[mother.relationship] ?? '子') : '子');
  city.add('出生', child.atenaNo, date, { ...city.newcomerCells(child, household.row.household_no), 届出日: city.notifiedAfter(date, 13) });
}

/** 死亡, recorded from the 戸籍 notice within days. */
export function death(city: SimCity, person: ResidentRow, date: string): void {
  city.locked.add(person.household_no);
  city.add('死亡', person.atena_no, maxDate(date, person.birth_date), { 世帯番号: person.household_no, 届出日: city.notifiedAfter(maxDate(date, person.birth_date), 6) });
}

/** 転出 of some members, or of the whole household (its head last, so nobody inherits the headship on the way). */
export function moveOut(city: SimCity, household: SimHousehold, persons: readonly ResidentRow[], date: string, abroad: boolean): void {
  city.locked.add(household.row.household_no);
  const ordered = [...persons].sort((a, b) => Number(a.atena_no === household.row.head_atena_no) - Number(b.atena_no === household.row.head_atena_no));
  // 転出届 comes before the move (住基法24条).
  const notified = addDays(date, -city.ctx.rng.int(0, 14));
  for (const person of ordered) city.add(abroad ? '国外転出' : '国内転出', person.atena_no, date, { 世帯番号: household.row.household_no, 届出日: notified });
}

/** 転入 of a person into an existing household: a grown child coming home, or a parent moving in. */
export function joinHousehold(city: SimCity, household: SimHousehold, date: string): Newcomer | null {
  const head = household.members.find((m) => m.atena_no === household.row.head_atena_no) ?? household.members[0];
  if (!head) return null;
  city.locked.add(household.row.household_no);
  const headAge = city.age(head, date);
  const sex = city.ctx.random() < 0.5 ? '男' : '女';
  // A grown child comes home to a parent of 38 or more; a parent moves in with a head of 65 or less.
  const asChild = headAge >= 38 && (headAge > 65 || city.ctx.random() < 0.6);
  const childAge = Math.max(18, headAge - 45);
  const person = asChild
    ? city.newcomer(surnameOf(head), sex, city.birthDateAged(childAge, Math.max(childAge, Math.min(headAge - 20, 60)), date), '子')
    : city.newcomer(surnameOf(head), sex, city.birthDateAged(Math.max(headAge + 20, 55), Math.max(headAge + 20, 55) + 15, date), sex === '女' ? '母' : '父');
  city.add('国内転入', person.atenaNo, date, { ...city.newcomerCells(person, household.row.household_no), 届出日: city.notifiedAfter(date, 14), 前住所: city.previousAddress() });
  return person;
}

const ABROAD = ['アメリカ合衆国', '大韓民国', 'ベトナム社会主義共和国', 'フィリピン共和国', '中華人民共和国', 'オーストラリア連邦', 'ブラジル連邦共和国'];

/** 転入 of a new household: its head (creating it at a free address), a spouse, children. */
export function newHousehold(city: SimCity, size: number, date: string, abroad: boolean): number {
  const householdNo = city.nextHouseholdNo();
  const { address, postalCode } = city.newAddress();
  const surname = city.names.surname(city.ctx.pick);
  const headSex = city.ctx.random() < 0.62 ? '男' : '女';
  const head = city.newcomer(surname, headSex, city.birthDateAged(20, 45, date), '世帯主');
  const headAge = ageOn(head.birthDate, date);
  const members: Newcomer[] = [head];
  if (size >= 2 && (headSex === '男' || city.ctx.random() < 0.3) && city.ctx.random() < 0.8) {
    members.push(city.newcomer(surname, headSex === '男' ? '女' : '男', city.birthDateAged(Math.max(18, headAge - 4), headAge + 3, date), headSex === '男' ? '妻' : '夫'));
  }
  while (members.length < size && headAge >= 19) members.push(city.newcomer(surname, city.ctx.random() < 0.5 ? '男' : '女', city.birthDateAged(0, Math.min(17, headAge - 19), date), '子'));
  const notified = city.notifiedAfter(date, 14);
  const from = abroad ? city.ctx.pick(ABROAD) : city.previousAddress();
  members.forEach((person, i) => {
    const household: Record<string, string> = i === 0 ? { 住所: address, 郵便番号: postalCode } : {};
    city.add(abroad ? '国外転入等' : '国内転入', person.atenaNo, date, { ...city.newcomerCells(person, householdNo), ...household, 届出日: notified, 前住所: from });
  });
  return members.length;
}

/** 転居 of a whole household within the city: one row per member, all to the new address. */
export function relocate(city: SimCity, household: SimHousehold, date: string): void {
  city.locked.add(household.row.household_no);
  const { address, postalCode } = city.newAddress();
  const notified = city.notifiedAfter(date, 14);
  for (const person of household.members) city.add('転居', person.atena_no, date, { 世帯番号: household.row.household_no, 住所: address, 郵便番号: postalCode, 届出日: notified });
}

/** 世帯分離: a grown child sets up a household of their own at the same dwelling. */
export function splitOff(city: SimCity, household: SimHousehold, person: ResidentRow, date: string): void {
  city.locked.add(household.row.household_no);
  city.add('世帯分離', person.atena_no, date, { 世帯番号: city.nextHouseholdNo(), 続柄: '世帯主', 届出日: city.notifiedAfter(date, 14) });
}
