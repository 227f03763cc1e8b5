import type { Knex } from '@smart-casework/kit';

/** 認定: one allowance certification for a recipient (受給者). */
export interface CertificationRow {
  certification_no: string;
  program: string;
  recipient_atena_no: string;
  certified_on: string;
  /** 支給開始月, `YYYY-MM`. */
  payment_start_month: string;
  /** 支給区分: 全部支給 / 一部支給 / 1級 / 2級; null for 児童手当. */
  payment: string | null;
  monthly_amount: number;
  ended_on: string | null;
  end_reason: string | null;
}

export function certificationsByRecipients(db: Knex, atenaNos: readonly string[]): Promise<CertificationRow[]> {
  return db('child_allowance_certifications').select('*').whereIn('recipient_atena_no', atenaNos).orderBy(['recipient_atena_no', 'certification_no']);
}
