import type { DeltaProblem, Knex, Message } from '@smart-casework/kit';
import type { DisabilityRow } from './columns';
import { heldKey, loadLedger, type Ledger } from './ledger';
import { mentalValidUntil } from './rules';

const fail = (ja: string, en: string): Message[] => [{ ja, en }];

function issue(ledger: Ledger, row: DisabilityRow): Message[] {
  const held = ledger.held.get(heldKey(row.atenaNo, row.kind));
  if (held) return fail(`${row.kind}手帳（${held.certificate_no}）を既に持っています。等級変更か返還です。`, `the person already holds a ${row.kind} certificate (${held.certificate_no})`);
  if (ledger.numbers.has(row.certificateNo)) return fail(`手帳番号 ${row.certificateNo} は既に使われています。`, `certificate number ${row.certificateNo} is already in use`);
  return [];
}

function change(ledger: Ledger, row: DisabilityRow): Message[] {
  const held = ledger.held.get(heldKey(row.atenaNo, row.kind));
  if (!held || held.certificate_no !== row.certificateNo) return fail(`${row.kind}手帳 ${row.certificateNo} はこの方の手帳にありません。`, `the person holds no ${row.kind} certificate ${row.certificateNo}`);
  if (row.effectiveDate < held.issued_on) return fail(`異動日が現在の交付日（${held.issued_on}）より前です。`, `the effective date is before the current issue (${held.issued_on})`);
  if (row.reason === '等級変更' && row.grade === held.grade) return fail(`等級が変わりません（${held.grade}）。`, `the grade does not change (${held.grade})`);
  return [];
}

/** Checks one row against the ledger and, when it passes, records its effect there. */
export function stepDisabilityRow(ledger: Ledger, row: DisabilityRow): Message[] {
  const problems = row.reason === '新規交付' ? issue(ledger, row) : change(ledger, row);
  if (problems.length > 0) return problems;
  const key = heldKey(row.atenaNo, row.kind);
  if (row.reason === '返還') ledger.held.delete(key);
  else {
    const validUntil = row.kind === '精神' ? (row.validUntil ?? mentalValidUntil(row.effectiveDate)) : null;
    ledger.held.set(key, { atena_no: row.atenaNo, kind: row.kind, certificate_no: row.certificateNo, grade: row.grade ?? '', issued_on: row.effectiveDate, valid_until: validUntil });
    ledger.numbers.add(row.certificateNo);
  }
  return [];
}

/** Checks every row against the database and the rows before it, in file order. */
export async function checkDisabilityRows(db: Knex | Knex.Transaction, rows: readonly DisabilityRow[]): Promise<DeltaProblem[]> {
  const ledger = await loadLedger(db, rows.map((r) => r.atenaNo), rows.map((r) => r.certificateNo));
  return rows.flatMap((row) => stepDisabilityRow(ledger, row).map((m) => ({ line: row.line, ...m })));
}
