import { inChunks, type Knex } from '@smart-casework/kit';

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

export function exemptionsOfPersons(db: Knex, atenaNos: readonly string[]): Promise<ExemptionRow[]> {
  return inChunks(atenaNos, (chunk) => db('pension_exemptions').select('*').whereIn('atena_no', chunk));
}

export function allExemptions(db: Knex): Promise<ExemptionRow[]> {
  return db('pension_exemptions').select('*').orderBy(['atena_no', 'history_no']);
}

export async function insertExemption(db: Knex, row: Omit<ExemptionRow, 'history_no'>): Promise<void> {
  const last = await db('pension_exemptions').where({ atena_no: row.atena_no }).max({ n: 'history_no' }).first();
  await db('pension_exemptions').insert({ ...row, history_no: Number(last?.n ?? 0) + 1 });
}

/** Ends the person's open-ended exemptions (of one kind, or all of them) on the day. */
export async function endExemptions(db: Knex, atenaNo: string, on: string, kind?: string): Promise<void> {
  const query = db('pension_exemptions').where({ atena_no: atenaNo }).whereNull('period_to');
  await (kind ? query.where({ kind }) : query).update({ period_to: on });
}
