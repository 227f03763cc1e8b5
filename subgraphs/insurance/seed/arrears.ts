import { addMonths, bodyDigit, endOfMonth } from '@smart-casework/kit';
import type { CityPerson } from '@smart-casework/kit/city';
import type { ArrearRow } from '../src/data/arrears';
import type { NewEnrolment } from './enrolments';

/** 国保 premiums are billed in 10 instalments, June to March. */
const INSTALMENTS = 10;

/**
 * About one in ten 国保 household heads left the last instalments of the previous fiscal year
 * unpaid; which ones, how many and how much follow from the atenaNo digits (the city model has
 * no premium trait).
 */
export function arrearsOf(person: CityPerson, enrolments: readonly NewEnrolment[], fiscalYear: number): ArrearRow[] {
  const kokuho = enrolments.find((e) => e.scheme === '国保' && e.lost_on === null);
  if (!kokuho || kokuho.household_head_atena_no !== person.atenaNo || bodyDigit(person.atenaNo) !== 7) return [];
  const previousYear = fiscalYear - 1;
  const count = 1 + (bodyDigit(person.atenaNo, 1) % 4);
  const amount = 3_000 + 500 * bodyDigit(person.atenaNo, 2);
  return Array.from({ length: count }, (_, i) => {
    const instalment = INSTALMENTS - count + 1 + i;
    return { atena_no: person.atenaNo, scheme: '国保', fiscal_year: previousYear, instalment, due_on: endOfMonth(addMonths(`${previousYear}-06-01`, instalment - 1)), amount };
  });
}
