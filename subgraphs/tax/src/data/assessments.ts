import { inChunks, insertChunked, type Knex } from '@smart-casework/kit';

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

/** Every (person, fiscal year) assessed, for the given persons: what a delta file may revise. */
export function assessedYears(db: Knex, atenaNos: readonly string[]): Promise<Pick<AssessmentRow, 'atena_no' | 'fiscal_year'>[]> {
  return inChunks(atenaNos, (chunk) => db('resident_tax_assessments').select('atena_no', 'fiscal_year').whereIn('atena_no', chunk));
}

/** The assessments of a fiscal year (the roll a 更正 or the next 当初賦課 starts from). */
export function assessmentsOfYear(db: Knex, fiscalYear: number): Promise<AssessmentRow[]> {
  return db('resident_tax_assessments').select('*').where({ fiscal_year: fiscalYear }).orderBy('atena_no');
}

/** The latest fiscal year with any assessment, or null for an empty roll. */
export async function latestAssessedYear(db: Knex): Promise<number | null> {
  const row = await db('resident_tax_assessments').max({ year: 'fiscal_year' }).first();
  return row?.year === null || row?.year === undefined ? null : Number(row.year);
}

export async function insertAssessments(db: Knex, rows: readonly AssessmentRow[]): Promise<void> {
  await insertChunked(db, 'resident_tax_assessments', rows);
}

/** 更正: the assessment's figures replaced, the person and year kept. */
export async function updateAssessment(db: Knex, row: AssessmentRow): Promise<void> {
  const { atena_no, fiscal_year, ...figures } = row;
  await db('resident_tax_assessments').where({ atena_no, fiscal_year }).update(figures);
}
