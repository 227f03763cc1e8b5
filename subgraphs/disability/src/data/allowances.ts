import type { Knex } from '@smart-casework/kit';

/** 特別障害者手当 or 障害児福祉手当 of one person. */
export interface AllowanceRow {
  atena_no: string;
  /** 特別障害者手当 / 障害児福祉手当 */
  kind: string;
  monthly_amount: number;
  certified_on: string;
  /** 支給開始月 (its first day). */
  paid_from: string;
  /** 支給中, or 支給停止 (所得制限) */
  status: string;
}

export function allowancesByAtenaNos(db: Knex, atenaNos: readonly string[]): Promise<AllowanceRow[]> {
  return db('disability_allowances').select('*').whereIn('atena_no', atenaNos).orderBy(['atena_no', 'kind']);
}
