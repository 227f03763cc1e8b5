import { addDays, type Knex } from '@smart-casework/kit';
import { endBenefit, insertBenefit, reviseBenefit } from '../data/benefits';
import { endExemptions, insertExemption } from '../data/exemptions';
import { endInsuredPeriod } from '../data/insured';
import type { PensionDeltaRow } from './columns';

/** A death ends every benefit, the insured period (from the day after) and any exemption, so the history stays whole. */
async function died(trx: Knex.Transaction, row: PensionDeltaRow): Promise<void> {
  await trx('pension_benefits').where({ atena_no: row.atenaNo }).whereNull('ended_on').update({ ended_on: row.effectiveDate });
  await endInsuredPeriod(trx, row.atenaNo, addDays(row.effectiveDate, 1), '死亡');
  await endExemptions(trx, row.atenaNo, row.effectiveDate);
}

async function applyOne(trx: Knex.Transaction, row: PensionDeltaRow): Promise<void> {
  const kind = row.benefitKind ?? '';
  switch (row.reason) {
    case '裁定':
      return insertBenefit(trx, { atena_no: row.atenaNo, kind, grade: row.grade, annual_amount: row.annualAmount ?? 0, started_on: row.startedOn ?? row.effectiveDate, ended_on: null });
    case '額改定':
      return reviseBenefit(trx, row.atenaNo, kind, row.annualAmount ?? 0, row.grade);
    case '失権':
      return row.endReason === '死亡' ? died(trx, row) : endBenefit(trx, row.atenaNo, kind, row.effectiveDate);
    case '免除':
      return insertExemption(trx, { atena_no: row.atenaNo, kind: row.exemptionKind ?? '', reason: row.exemptionReason, period_from: row.periodFrom ?? row.effectiveDate, period_to: row.periodTo, notified_on: row.effectiveDate });
    case '免除終了':
      return endExemptions(trx, row.atenaNo, row.periodTo ?? row.effectiveDate, row.exemptionKind ?? undefined);
  }
}

/** Writes the rows in file order. */
export async function applyPensionChanges(trx: Knex.Transaction, rows: readonly PensionDeltaRow[]): Promise<void> {
  for (const row of rows) await applyOne(trx, row);
}
