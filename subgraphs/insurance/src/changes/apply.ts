import type { Knex } from '@smart-casework/kit';
import { endEnrolment, insertEnrolment } from '../data/enrolments';
import type { InsuranceDeltaRow } from './columns';

/** Writes the rows in file order: an acquisition opens a membership, a loss closes the open one. */
export async function applyInsuranceChanges(trx: Knex.Transaction, rows: readonly InsuranceDeltaRow[]): Promise<void> {
  for (const row of rows) {
    if (row.reason === '資格喪失') {
      await endEnrolment(trx, row.atenaNo, row.scheme, row.effectiveDate, row.lossReason ?? 'その他');
      continue;
    }
    await insertEnrolment(trx, {
      atena_no: row.atenaNo,
      scheme: row.scheme,
      insured_no: row.insuredNo ?? '',
      acquired_on: row.effectiveDate,
      acquisition_reason: row.acquisitionReason ?? 'その他',
      lost_on: null,
      loss_reason: null,
      // The premium is billed to the 世帯主; without one named, the member is their own (擬制世帯主 aside).
      household_head_atena_no: row.scheme === '国保' ? (row.householdHead ?? row.atenaNo) : null,
    });
  }
}
