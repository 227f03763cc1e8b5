import type { Knex } from '@smart-casework/kit';

/** 課税区分 as the 課税台帳 records it. */
export type TaxStatus = '課税' | '均等割のみ' | '非課税';

/** One 住民税 assessment (課税台帳) of a person for a fiscal year. */
export interface AssessmentRow {
  atena_no: string;
  fiscal_year: number;
  tax_status: TaxStatus;
  exempt_reason: string | null;
  total_income: number;
  income_levy: number;
  per_capita_levy: number;
  dependant_count: number;
}

/** Every fiscal year's assessment of the given persons, newest first. */
export function assessmentsByAtenaNos(db: Knex, atenaNos: readonly string[]): Promise<AssessmentRow[]> {
  return db('resident_tax_assessments').select('*').whereIn('atena_no', atenaNos).orderBy([{ column: 'atena_no' }, { column: 'fiscal_year', order: 'desc' }]);
}
