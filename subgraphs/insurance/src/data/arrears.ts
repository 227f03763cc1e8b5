import type { Knex } from '@smart-casework/kit';
import type { Scheme } from './enrolments';

/** One unpaid premium instalment (期別の滞納). */
export interface ArrearRow {
  atena_no: string;
  scheme: Scheme;
  fiscal_year: number;
  instalment: number;
  due_on: string;
  amount: number;
}

/** Unpaid instalments of the given persons, oldest first. */
export function arrearsByAtenaNos(db: Knex, atenaNos: readonly string[]): Promise<ArrearRow[]> {
  return db('insurance_premium_arrears').select('*').whereIn('atena_no', atenaNos).orderBy(['atena_no', 'fiscal_year', 'instalment', 'scheme']);
}
