import { inChunks, type Knex } from '@smart-casework/kit';

/** 被保険者資格履歴: one row per period of a category. */
export interface InsuredPeriodRow {
  atena_no: string;
  history_no: number;
  category: string;
  acquired_on: string;
  acquisition_reason: string;
  lost_on: string | null;
  loss_reason: string | null;
  /** 基礎年金番号, masked but for the last four digits. */
  basic_pension_no: string;
  /** 前年所得 as used for 免除審査 (from the tax division); on the current period only. */
  prior_year_income: number | null;
}

export function insuredPeriodsByAtenaNos(db: Knex, atenaNos: readonly string[]): Promise<InsuredPeriodRow[]> {
  return db('pension_insured_periods').select('*').whereIn('atena_no', atenaNos).orderBy(['atena_no', 'history_no']);
}

export function insuredPeriodsOfPersons(db: Knex, atenaNos: readonly string[]): Promise<InsuredPeriodRow[]> {
  return inChunks(atenaNos, (chunk) => db('pension_insured_periods').select('*').whereIn('atena_no', chunk));
}

export function allInsuredPeriods(db: Knex): Promise<InsuredPeriodRow[]> {
  return db('pension_insured_periods').select('*').orderBy(['atena_no', 'history_no']);
}

/** 資格喪失 of the open period (死亡: the day after death). */
export async function endInsuredPeriod(db: Knex, atenaNo: string, lostOn: string, reason: string): Promise<void> {
  await db('pension_insured_periods').where({ atena_no: atenaNo }).whereNull('lost_on').update({ lost_on: lostOn, loss_reason: reason });
}
