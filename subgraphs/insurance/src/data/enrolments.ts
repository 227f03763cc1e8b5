import type { Knex } from '@smart-casework/kit';

/** 制度: 国民健康保険 or 後期高齢者医療. */
export type Scheme = '国保' | '後期';

/** One period of membership (資格) in 国保 or 後期. */
export interface EnrolmentRow {
  id: number;
  atena_no: string;
  scheme: Scheme;
  /** 国保: 記号-番号-枝番; 後期: the 8-digit 被保険者番号. */
  insured_no: string;
  acquired_on: string;
  acquisition_reason: string;
  lost_on: string | null;
  loss_reason: string | null;
  /** 国保 世帯主 (擬制世帯主 included); null for 後期. */
  household_head_atena_no: string | null;
}

/** Membership history of the given persons, newest first. */
export function enrolmentsByAtenaNos(db: Knex, atenaNos: readonly string[]): Promise<EnrolmentRow[]> {
  return db('insurance_enrolments')
    .select('*')
    .whereIn('atena_no', atenaNos)
    .orderBy([{ column: 'atena_no' }, { column: 'acquired_on', order: 'desc' }, { column: 'id', order: 'desc' }]);
}
