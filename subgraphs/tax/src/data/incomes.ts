import { inChunks, insertChunked, type Knex } from '@smart-casework/kit';

/** One kind of income in an assessment (所得の内訳). */
export interface IncomeRow {
  atena_no: string;
  fiscal_year: number;
  /** 給与, 公的年金等, 事業, 不動産, 利子, 配当, 譲渡, 一時, 雑, 山林, 退職 */
  kind: string;
  revenue: number;
  income: number;
}

export function incomesByAtenaNos(db: Knex, atenaNos: readonly string[]): Promise<IncomeRow[]> {
  return db('resident_tax_incomes').select('*').whereIn('atena_no', atenaNos).orderBy(['atena_no', 'fiscal_year', 'kind']);
}

/** Income rows of a fiscal year for the given persons. */
export function incomesOfYear(db: Knex, atenaNos: readonly string[], fiscalYear: number): Promise<IncomeRow[]> {
  return inChunks(atenaNos, (chunk) => db('resident_tax_incomes').select('*').where({ fiscal_year: fiscalYear }).whereIn('atena_no', chunk));
}

export async function insertIncomes(db: Knex, rows: readonly IncomeRow[]): Promise<void> {
  await insertChunked(db, 'resident_tax_incomes', rows);
}

/** A revised assessment's income by kind replaces the old breakdown whole. */
export async function replaceIncomes(db: Knex, atenaNo: string, fiscalYear: number, rows: readonly IncomeRow[]): Promise<void> {
  await db('resident_tax_incomes').where({ atena_no: atenaNo, fiscal_year: fiscalYear }).delete();
  await insertChunked(db, 'resident_tax_incomes', rows);
}
