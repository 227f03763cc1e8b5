import type { Knex } from '@smart-casework/kit';
import { impairmentGroup } from '../../seed/certificates';
import type { CertificateRow } from '../data/certificates';
import type { DisabilityRow } from './columns';
import { mentalValidUntil } from './rules';

type Trx = Knex.Transaction;

const validUntil = (row: DisabilityRow) => (row.kind === '精神' ? (row.validUntil ?? mentalValidUntil(row.effectiveDate)) : null);

async function issue(trx: Trx, row: DisabilityRow): Promise<void> {
  const certificate: CertificateRow = {
    atena_no: row.atenaNo,
    kind: row.kind,
    certificate_no: row.certificateNo,
    grade: row.grade ?? '',
    impairment: row.impairment,
    impairment_group: impairmentGroup(row.impairment),
    first_issued_on: row.effectiveDate,
    issued_on: row.effectiveDate,
    reassess_on: row.reassessOn,
    valid_until: validUntil(row),
  };
  await trx('disability_certificates').insert(certificate);
}

/** A new grade is a re-issued certificate: 交付日, 再認定 and (精神) 有効期限 start again; 初回交付日 stays. */
async function regrade(trx: Trx, row: DisabilityRow): Promise<void> {
  const impairment = row.impairment === null ? {} : { impairment: row.impairment, impairment_group: impairmentGroup(row.impairment) };
  await trx('disability_certificates').where({ atena_no: row.atenaNo, kind: row.kind }).update({ grade: row.grade, issued_on: row.effectiveDate, reassess_on: row.reassessOn, valid_until: validUntil(row), ...impairment });
}

/**
 * Writes the rows in file order; the check has already passed for every one. A returned
 * certificate leaves the division's records (it keeps no history of certificates).
 */
export async function applyDisabilityRows(trx: Trx, rows: readonly DisabilityRow[]): Promise<void> {
  for (const row of rows) {
    if (row.reason === '新規交付') await issue(trx, row);
    else if (row.reason === '等級変更') await regrade(trx, row);
    else await trx('disability_certificates').where({ atena_no: row.atenaNo, kind: row.kind }).delete();
  }
}
