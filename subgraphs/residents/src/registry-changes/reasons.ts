import type { Message } from '@smart-casework/kit';
import { CURRENT, type ResidentRow } from '../data/residents';
import { HEAD, MOVE_IN_REASONS, REASON_GROUPS, type Reason, type RegistryRow } from './columns';
import type { Plan } from './plan';
import { normalizeKana, normalizeName } from './validate';

/** Changes made on a notification (届出); 出生 and 死亡 come 職権 from the 戸籍 notice. */
const NOTIFIED: readonly Reason[] = ['国内転入', '国外転入等', '国内転出', '国外転出', '転居', '世帯分離', '世帯主変更'];

const msg = (ja: string, en: string): Message => ({ ja, en });

/** 届出日 as recorded: the file's, else today for a notified change (DOMAIN.md §1.3), else none. */
function notifiedOn(plan: Plan, row: RegistryRow): string | null {
  return row.notifiedOn ?? (NOTIFIED.includes(row.reason) ? plan.processedOn : null);
}

/** A person a 消除 or 修正 row is about: on the registry, still 住民, and the row's details agree. */
function currentPerson(plan: Plan, row: RegistryRow): ResidentRow | Message[] {
  const person = plan.person(row.atenaNo);
  if (!person) return [msg(`宛名番号 ${row.atenaNo} は住民記録にありません。`, `atenaNo ${row.atenaNo} is not on the registry`)];
  if (person.status !== CURRENT) return [msg(`宛名番号 ${row.atenaNo} の人は既に${person.status}しています（${row.reason}できません）。`, `atenaNo ${row.atenaNo} is already ${person.status === '死亡' ? 'deceased' : 'moved out'}`)];
  const given: [string, string | null, string][] = [
    ['氏名', row.name === null ? null : normalizeName(row.name), person.name],
    ['氏名カナ', row.nameKana === null ? null : normalizeKana(row.nameKana), person.name_kana],
    ['生年月日', row.birthDate, person.birth_date],
    ['性別', row.sex, person.sex],
  ];
  const problems = given.filter(([, value, stored]) => value !== null && value !== stored).map(([label, , stored]) => msg(`「${label}」が住民記録（${stored}）と一致しません。宛名番号を確かめてください。`, `"${label}" does not match the registry; check the atenaNo`));
  if (row.householdNo !== null && REASON_GROUPS[row.reason] === '消除' && row.householdNo !== person.household_no) problems.push(msg(`世帯番号が住民記録（${person.household_no}）と一致しません。`, `householdNo does not match the registry (${person.household_no})`));
  return problems.length > 0 ? problems : person;
}

/** 国内転入, 国外転入等, 出生: a new person (or a former resident coming back, same 宛名番号). */
function register(plan: Plan, row: RegistryRow): Message[] {
  const existing = plan.person(row.atenaNo);
  const returning = existing?.status === '転出' && MOVE_IN_REASONS.includes(row.reason);
  if (existing && !returning) return [msg(`宛名番号 ${row.atenaNo} は既に住民記録にあります（${existing.status}）。`, `atenaNo ${row.atenaNo} is already on the registry (${existing.status})`)];
  const { householdNo, name, nameKana, sex, relationship } = row;
  if (!householdNo || !name || !nameKana || !sex || !relationship) return [];
  let household = plan.household(householdNo);
  const problems: Message[] = [];
  if (!household) {
    if (row.reason === '出生') problems.push(msg('出生は既にある世帯に記載します（世帯番号が見つかりません）。', 'a birth is recorded in an existing household (householdNo not found)'));
    else if (!row.address || !row.postalCode) problems.push(msg('新しい世帯番号には住所と郵便番号が必要です。', 'a new householdNo needs an address and a postal code'));
    if (relationship !== HEAD) problems.push(msg('新しい世帯の最初の人は世帯主です（続柄「世帯主」）。', 'the first person of a new household is its head (relationship 世帯主)'));
  } else {
    if (row.address !== null && row.address !== household.row.address) problems.push(msg(`住所が世帯の住所（${household.row.address}）と異なります。`, 'address differs from the household address'));
    if (relationship === HEAD && plan.currentHead(household)) problems.push(msg('この世帯には世帯主がいます。先に世帯主変更を届け出てください。', 'the household has a head; send a 世帯主変更 first'));
  }
  if (problems.length > 0) return problems;
  household ??= plan.addHousehold({ household_no: householdNo, address: row.address ?? '', postal_code: row.postalCode ?? '', head_atena_no: row.atenaNo });
  if (relationship === HEAD) plan.updateHousehold(household, { head_atena_no: row.atenaNo });
  const fields = {
    household_no: householdNo, name: normalizeName(name) ?? name, name_kana: normalizeKana(nameKana) ?? nameKana,
    birth_date: row.birthDate ?? row.effectiveDate, sex, relationship, display_order: plan.nextDisplayOrder(household), status: CURRENT,
    resident_since: row.effectiveDate, address_since: row.effectiveDate, previous_address: row.previousAddress,
  };
  if (existing) plan.updatePerson(existing, fields);
  else plan.addPerson({ atena_no: row.atenaNo, ...fields });
  plan.join(plan.person(row.atenaNo) as ResidentRow, household);
  plan.record(row.atenaNo, row.reason, row.effectiveDate, notifiedOn(plan, row));
  return [];
}

/** 国内転出, 国外転出, 死亡: the person keeps their row and history, with the new status. */
function remove(plan: Plan, row: RegistryRow): Message[] {
  const person = currentPerson(plan, row);
  if (Array.isArray(person)) return person;
  if (row.effectiveDate < person.birth_date) return [msg('異動日が生年月日より前です。', 'the effective date is before the birth date')];
  const household = plan.household(person.household_no);
  plan.updatePerson(person, { status: row.reason === '死亡' ? '死亡' : '転出' });
  plan.record(person.atena_no, row.reason, row.effectiveDate, notifiedOn(plan, row));
  if (household) plan.leave(person, household, row);
  return [];
}

export { currentPerson, msg, notifiedOn, register, remove };
