import type { Knex } from '@smart-casework/kit';

/** 保険料免除・納付猶予 of a 第1号被保険者. */
export interface ExemptionRow {
  atena_no: string;
  history_no: number;
  kind: string;
  reason: string | null;
  period_from: string;
  period_to: string | null;
  notified_on: string;
}

export function exemptionsByAtenaNos(db: Knex, atenaNos: readonly string[]): Promise<ExemptionRow[]> {
  return db('pension_exemptions').select('*').whereIn('atena_no', atenaNos).orderBy([{ column: 'atena_no' }, { column: 'history_no', order: 'desc' }]);
}
