import type { Knex } from '@smart-casework/kit';

/** 基礎年金 受給権 (entitlement) and its annual amount. */
export interface BenefitRow {
  atena_no: string;
  benefit_no: number;
  kind: string;
  /** 障害基礎年金 等級 (1 or 2); null for other kinds. */
  grade: number | null;
  annual_amount: number;
  started_on: string;
  ended_on: string | null;
}

export function benefitsByAtenaNos(db: Knex, atenaNos: readonly string[]): Promise<BenefitRow[]> {
  return db('pension_benefits').select('*').whereIn('atena_no', atenaNos).orderBy([{ column: 'atena_no' }, { column: 'benefit_no', order: 'desc' }]);
}
