import { inChunks, type Knex } from '@smart-casework/kit';

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

/** Every enrolment of the given persons (any number of them). */
export function enrolmentsOfPersons(db: Knex, atenaNos: readonly string[]): Promise<EnrolmentRow[]> {
  return inChunks(atenaNos, (chunk) => db('insurance_enrolments').select('*').whereIn('atena_no', chunk));
}

/** The whole 資格履歴, for the simulation. */
export function allEnrolments(db: Knex): Promise<EnrolmentRow[]> {
  return db('insurance_enrolments').select('*').orderBy('id');
}

export async function insertEnrolment(db: Knex, row: Omit<EnrolmentRow, 'id'>): Promise<void> {
  await db('insurance_enrolments').insert(row);
}

/** 資格喪失: the open membership of the scheme ends (喪失日 is the first day no longer insured). */
export async function endEnrolment(db: Knex, atenaNo: string, scheme: Scheme, lostOn: string, reason: string): Promise<void> {
  await db('insurance_enrolments').where({ atena_no: atenaNo, scheme }).whereNull('lost_on').update({ lost_on: lostOn, loss_reason: reason });
}
