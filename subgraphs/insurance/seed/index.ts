import { effectiveOn, fiscalYearOf, replaceTables, type Knex } from '@smart-casework/kit';
import type { City } from '@smart-casework/kit/city';
import { INSURANCE } from '../src/parameters';
import { arrearsOf } from './arrears';
import { enrolmentsOf, type EnrolmentContext } from './enrolments';

/** The division's rows for a city: 資格履歴 from each person's health cover and the household's assistance. */
export function insuranceRows(city: City) {
  const { lateElderlyAge, disabledElderlyAge } = effectiveOn(INSURANCE, city.referenceDate);
  const ctx: EnrolmentContext = {
    referenceDate: city.referenceDate,
    lateElderlyAge,
    disabledElderlyAge,
    households: new Map(city.households.map((h) => [h.householdNo, h])),
  };
  const fiscalYear = fiscalYearOf(city.referenceDate);
  const histories = city.persons.map((p) => enrolmentsOf(p, ctx));
  return {
    enrolments: histories.flat(),
    arrears: city.persons.flatMap((p, i) => arrearsOf(p, histories[i] ?? [], fiscalYear)),
  };
}

/** Writes the health-insurance division's part of the demo city. */
export async function seed(db: Knex, city: City): Promise<void> {
  const rows = insuranceRows(city);
  await replaceTables(db, [
    ['insurance_enrolments', rows.enrolments],
    ['insurance_premium_arrears', rows.arrears],
  ]);
}
