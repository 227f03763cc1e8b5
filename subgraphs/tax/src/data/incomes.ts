import type { Knex } from '@smart-casework/kit';

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
