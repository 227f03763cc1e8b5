import { addDays, type Knex } from '@smart-casework/kit';
import type { CertificationRow } from '../data/certifications';
import { lostOn } from './check';
import { APPLICATION_KINDS, type CareRow } from './columns';

type Trx = Knex.Transaction;

/** Days before the validity ends that a renewal is typically applied for, when the file gives no 申請日. */
const RENEWAL_LEAD_DAYS = 45;

async function latestOf(trx: Trx, atenaNo: string): Promise<CertificationRow | undefined> {
  return trx('care_certifications').where({ atena_no: atenaNo }).orderBy('history_no', 'desc').first<CertificationRow>();
}

/** Ends the latest certification the day before `day`, if it runs on past it. */
async function endBefore(trx: Trx, latest: CertificationRow | undefined, day: string): Promise<void> {
  if (!latest?.valid_to || latest.valid_to < day) return;
  await trx('care_certifications').where({ atena_no: latest.atena_no, history_no: latest.history_no }).update({ valid_to: addDays(day, -1) });
}

/** A decision adds a history row; a 区分変更 cuts the one it replaces short. */
async function decide(trx: Trx, row: CareRow, kind: string): Promise<void> {
  const latest = await latestOf(trx, row.atenaNo);
  if (kind === '区分変更' && row.validFrom) await endBefore(trx, latest, row.validFrom);
  const renewalApplied = row.validFrom ? addDays(row.validFrom, -RENEWAL_LEAD_DAYS) : row.effectiveDate;
  const appliedOn = row.appliedOn ?? (kind === '更新' ? (renewalApplied < row.effectiveDate ? renewalApplied : row.effectiveDate) : (row.validFrom ?? row.effectiveDate));
  await trx('care_certifications').insert({
    atena_no: row.atenaNo,
    history_no: (latest?.history_no ?? 0) + 1,
    applied_on: appliedOn,
    application_kind: kind,
    certified_on: row.effectiveDate,
    level: row.level,
    valid_from: row.validFrom,
    valid_to: row.validTo,
  });
}

/** Writes the rows in file order; the check has already passed for every one. */
export async function applyCareRows(trx: Trx, rows: readonly CareRow[]): Promise<void> {
  for (const row of rows) {
    const kind = APPLICATION_KINDS[row.reason];
    if (kind) await decide(trx, row, kind);
    else if (row.reason === '認定取消') await endBefore(trx, await latestOf(trx, row.atenaNo), row.effectiveDate);
    else {
      const lost = lostOn(row);
      await trx('care_insured').where({ atena_no: row.atenaNo }).update({ lost_on: lost, loss_reason: row.lossReason });
      await endBefore(trx, await latestOf(trx, row.atenaNo), lost);
    }
  }
}
