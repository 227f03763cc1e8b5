import type { Knex } from '@smart-casework/kit';

/** One 要介護認定 decision; a person's history counts up by history_no. */
export interface CertificationRow {
  atena_no: string;
  history_no: number;
  applied_on: string;
  /** 申請区分: 新規 / 更新 / 区分変更 */
  application_kind: string;
  certified_on: string;
  /** 要支援1–2, 要介護1–5 or 非該当 */
  level: string;
  /** 有効期間; null for 非該当. */
  valid_from: string | null;
  valid_to: string | null;
}

/** Newest decision first for each person. */
export function certificationsByAtenaNos(db: Knex, atenaNos: readonly string[]): Promise<CertificationRow[]> {
  return db('care_certifications').select('*').whereIn('atena_no', atenaNos).orderBy([{ column: 'atena_no' }, { column: 'history_no', order: 'desc' }]);
}
