import { foldForSearch, replaceTables, type Knex } from '@smart-casework/kit';
import type { City } from '@smart-casework/kit/city';

/** Writes the registry's part of the demo city: households, residents and their changes. */
export async function seed(db: Knex, city: City): Promise<void> {
  const households = city.households.map((h) => ({ household_no: h.householdNo, address: h.address, postal_code: h.postalCode, head_atena_no: h.headAtenaNo }));
  const order = new Map<string, number>();
  for (const h of city.households) h.memberAtenaNos.forEach((atenaNo, i) => order.set(atenaNo, i + 1));
  const residents = city.persons.map((p) => ({
    atena_no: p.atenaNo,
    household_no: p.householdNo,
    name: `${p.surname}\u3000${p.givenName}`,
    name_kana: `${p.surnameKana}\u3000${p.givenNameKana}`,
    name_folded: foldForSearch(p.surname + p.givenName),
    kana_folded: foldForSearch(p.surnameKana + p.givenNameKana),
    birth_date: p.birthDate,
    sex: p.sex,
    relationship: p.relationship,
    display_order: order.get(p.atenaNo) ?? 99,
    status: p.status,
    resident_since: p.residentSince,
    address_since: p.addressSince,
    previous_address: p.previousAddress,
  }));
  const changes = city.persons.flatMap((p) => {
    const rows = [{ atena_no: p.atenaNo, history_no: 1, reason: p.residentSince === p.birthDate ? '出生' : '国内転入', reason_group: '記載', change_date: p.residentSince, processed_on: p.residentSince, notified_on: p.residentSince === p.birthDate ? null : p.residentSince, household_no_before: null }];
    if (p.addressSince > p.residentSince) {
      rows.push({ atena_no: p.atenaNo, history_no: 2, reason: '転居', reason_group: '修正', change_date: p.addressSince, processed_on: p.addressSince, notified_on: p.addressSince, household_no_before: null });
    }
    return rows;
  });
  await replaceTables(db, [
    ['households', households],
    ['residents', residents],
    ['resident_changes', changes],
  ]);
}
