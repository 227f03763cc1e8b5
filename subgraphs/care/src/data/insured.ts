import type { Knex } from '@smart-casework/kit';

/** 介護保険 資格 (被保険者台帳) of one person. */
export interface InsuredRow {
  atena_no: string;
  /** 被保険者番号 (10 digits). */
  insured_no: string;
  /** 被保険者区分: 第1号 (65+) or 第2号 (40–64 with medical insurance). */
  category: string;
  acquired_on: string;
  acquisition_reason: string;
  lost_on: string | null;
  loss_reason: string | null;
}

export function insuredByAtenaNos(db: Knex, atenaNos: readonly string[]): Promise<InsuredRow[]> {
  return db('care_insured').select('atena_no', 'insured_no', 'category', 'acquired_on', 'acquisition_reason', 'lost_on', 'loss_reason').whereIn('atena_no', atenaNos);
}
