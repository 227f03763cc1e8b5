import type { Knex } from '@smart-casework/kit';

/** 第1号被保険者 premium assessed for one 年度. */
export interface PremiumRow {
  atena_no: string;
  fiscal_year: number;
  /** 所得段階 1–13 */
  stage: number;
  annual_amount: number;
  monthly_amount: number;
  /** 特別徴収 (withheld from a pension) or 普通徴収 (paid by the person) */
  collection_method: string;
}

/** Newest 年度 first for each person. */
export function premiumsByAtenaNos(db: Knex, atenaNos: readonly string[]): Promise<PremiumRow[]> {
  return db('care_premiums').select('*').whereIn('atena_no', atenaNos).orderBy([{ column: 'atena_no' }, { column: 'fiscal_year', order: 'desc' }]);
}
