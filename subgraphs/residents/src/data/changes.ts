import type { Knex } from '@smart-casework/kit';

export interface ResidentChangeRow {
  atena_no: string;
  history_no: number;
  reason: string;
  reason_group: string;
  change_date: string;
  processed_on: string;
  notified_on: string | null;
  household_no_before: string | null;
}

export function changesByAtenaNos(db: Knex, atenaNos: readonly string[]): Promise<ResidentChangeRow[]> {
  return db('resident_changes').select('*').whereIn('atena_no', atenaNos).orderBy([{ column: 'atena_no' }, { column: 'history_no', order: 'desc' }]);
}
