import { inChunks, type Knex } from '@smart-casework/kit';

/** 基礎年金 受給権 (entitlement) and its annual amount. */
export interface BenefitRow {
  atena_no: string;
  benefit_no: number;
  kind: string;
  /** 障害基礎年金 等級 (1 or 2); null for other kinds. */
  grade: number | null;
  annual_amount: number;
  started_on: string;
  ended_on: string | null;
}

export function benefitsByAtenaNos(db: Knex, atenaNos: readonly string[]): Promise<BenefitRow[]> {
  return db('pension_benefits').select('*').whereIn('atena_no', atenaNos).orderBy([{ column: 'atena_no' }, { column: 'benefit_no', order: 'desc' }]);
}

export function benefitsOfPersons(db: Knex, atenaNos: readonly string[]): Promise<BenefitRow[]> {
  return inChunks(atenaNos, (chunk) => db('pension_benefits').select('*').whereIn('atena_no', chunk));
}

export function allBenefits(db: Knex): Promise<BenefitRow[]> {
  return db('pension_benefits').select('*').orderBy(['atena_no', 'benefit_no']);
}

/** 裁定: a new entitlement, numbered after the person's others. */
export async function insertBenefit(db: Knex, row: Omit<BenefitRow, 'benefit_no'>): Promise<void> {
  const last = await db('pension_benefits').where({ atena_no: row.atena_no }).max({ n: 'benefit_no' }).first();
  await db('pension_benefits').insert({ ...row, benefit_no: Number(last?.n ?? 0) + 1 });
}

/** 額改定 (and a 障害等級 change) of the person's benefit of that kind being paid. */
export async function reviseBenefit(db: Knex, atenaNo: string, kind: string, annualAmount: number, grade: number | null): Promise<void> {
  await db('pension_benefits').where({ atena_no: atenaNo, kind }).whereNull('ended_on').update(grade === null ? { annual_amount: annualAmount } : { annual_amount: annualAmount, grade });
}

/** 失権: the entitlement ends on the day (受給権消滅日). */
export async function endBenefit(db: Knex, atenaNo: string, kind: string, on: string): Promise<void> {
  await db('pension_benefits').where({ atena_no: atenaNo, kind }).whereNull('ended_on').update({ ended_on: on });
}
