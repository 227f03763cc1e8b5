import { addMonths, firstOfMonth, insertChunked, schoolYearEnd, type Knex } from '@smart-casework/kit';
import type { CertificationRow } from '../data/certifications';
import { parseChildren } from './children-cell';
import type { ChildRow, ListedChild } from './columns';

type Trx = Knex.Transaction;

/** 支給対象 as the seed decides it: 児童手当 pays to the end of 高校生年代; the others every counted child. */
function childRows(certificationNo: string, program: string, children: readonly ListedChild[], on: string) {
  return [...children]
    .sort((a, b) => a.birthDate.localeCompare(b.birthDate))
    .map((c, i) => ({ certification_no: certificationNo, child_atena_no: c.atenaNo, birth_date: c.birthDate, birth_order: i + 1, paid: program !== '児童手当' || on <= schoolYearEnd(c.birthDate, 18) }));
}

const listed = (cell: string | null): ListedChild[] | null => {
  const parsed = cell === null ? null : parseChildren(cell);
  return Array.isArray(parsed) ? parsed : null;
};

async function replaceChildren(trx: Trx, certification: Pick<CertificationRow, 'certification_no' | 'program'>, children: readonly ListedChild[], on: string): Promise<void> {
  await trx('child_allowance_children').where({ certification_no: certification.certification_no }).delete();
  await insertChunked(trx, 'child_allowance_children', childRows(certification.certification_no, certification.program, children, on));
}

async function certify(trx: Trx, row: ChildRow): Promise<void> {
  const certification: CertificationRow = {
    certification_no: row.certificationNo,
    program: row.program,
    recipient_atena_no: row.atenaNo,
    certified_on: row.effectiveDate,
    payment_start_month: addMonths(firstOfMonth(row.effectiveDate), 1).slice(0, 7),
    payment: row.payment,
    monthly_amount: row.monthlyAmount ?? 0,
    ended_on: null,
    end_reason: null,
  };
  await trx('child_allowance_certifications').insert(certification);
  await replaceChildren(trx, certification, listed(row.children) ?? [], row.effectiveDate);
}

/** 額改定 and 支給停止: a numbered revision, the new amount, and the counted children as of the date. */
async function revise(trx: Trx, row: ChildRow, amount: number, reason: string): Promise<void> {
  const certification = await trx('child_allowance_certifications').where({ certification_no: row.certificationNo }).first<CertificationRow>();
  if (!certification) throw new Error(`certificate ${row.certificationNo} vanished after the check`);
  const last = (await trx('child_allowance_revisions').where({ certification_no: row.certificationNo }).max({ n: 'revision_no' }).first()) as { n: number | null } | undefined;
  await trx('child_allowance_revisions').insert({ certification_no: row.certificationNo, revision_no: Number(last?.n ?? 0) + 1, revised_on: row.effectiveDate, amount_before: certification.monthly_amount, amount_after: amount, reason });
  await trx('child_allowance_certifications').where({ certification_no: row.certificationNo }).update({ monthly_amount: amount, payment: row.payment ?? certification.payment });
  const given = listed(row.children);
  // Without a new list the children stay, but 児童手当's 支給対象 follows the date (高校生年代).
  const children = given ?? (await trx('child_allowance_children').where({ certification_no: row.certificationNo }).select<{ child_atena_no: string; birth_date: string }[]>('child_atena_no', 'birth_date')).map((c) => ({ atenaNo: c.child_atena_no, birthDate: c.birth_date }));
  if (given || certification.program === '児童手当') await replaceChildren(trx, certification, children, row.effectiveDate);
}

/** Writes the rows in file order; the check has already passed for every one. */
export async function applyChildRows(trx: Trx, rows: readonly ChildRow[]): Promise<void> {
  for (const row of rows) {
    if (row.reason === '認定') await certify(trx, row);
    else if (row.reason === '額改定') await revise(trx, row, row.monthlyAmount ?? 0, row.detail ?? '額改定');
    else if (row.reason === '支給停止') await revise(trx, row, 0, `支給停止（${row.detail ?? ''}）`);
    else await trx('child_allowance_certifications').where({ certification_no: row.certificationNo }).update({ ended_on: row.effectiveDate, end_reason: row.detail });
  }
}
