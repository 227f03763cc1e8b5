import { addMonths, firstOfNextMonth, type DeltaProblem, type Knex, type Message } from '@smart-casework/kit';
import { amountProblem } from './amounts';
import { parseChildren } from './children-cell';
import type { ChildRow, ListedChild } from './columns';
import { currentOf, loadLedger, type CertificationState, type Ledger } from './ledger';

/** How far ahead a 額改定 or 支給停止 may be announced (a November 現況届 改定 is decided in October). */
const AHEAD_MONTHS = 3;

const listed = (row: ChildRow): ListedChild[] | null => {
  const parsed = row.children === null ? null : parseChildren(row.children);
  return Array.isArray(parsed) ? [...parsed].sort((a, b) => a.birthDate.localeCompare(b.birthDate)) : null;
};

function certify(ledger: Ledger, row: ChildRow): Message[] {
  if (ledger.has(row.certificationNo)) return [{ ja: `証書番号 ${row.certificationNo} は既に認定されています。`, en: `certificate ${row.certificationNo} already exists` }];
  if (currentOf(ledger, row.atenaNo, row.program)) return [{ ja: `受給者には${row.program}の認定が既にあります（資格喪失が先に必要です）。`, en: `the recipient already has a current ${row.program}` }];
  const children = listed(row) ?? [];
  const problem = amountProblem(row.program, row.payment, children, firstOfNextMonth(row.effectiveDate), row.monthlyAmount ?? 0);
  if (problem) return [problem];
  ledger.set(row.certificationNo, { certificationNo: row.certificationNo, program: row.program, recipient: row.atenaNo, payment: row.payment, amount: row.monthlyAmount ?? 0, certifiedOn: row.effectiveDate, endedOn: null, children, lastRevisedOn: null });
  return [];
}

/** The certification a change refers to, or why it cannot be changed. */
function target(ledger: Ledger, row: ChildRow): CertificationState | Message {
  const state = ledger.get(row.certificationNo);
  if (!state) return { ja: `証書番号 ${row.certificationNo} の認定がありません。`, en: `no certification ${row.certificationNo}` };
  if (state.recipient !== row.atenaNo || state.program !== row.program) return { ja: `証書番号 ${row.certificationNo} は${state.program}（受給者 ${state.recipient}）です。`, en: `certificate ${row.certificationNo} is ${state.program} of recipient ${state.recipient}` };
  if (state.endedOn !== null) return { ja: `証書番号 ${row.certificationNo} は${state.endedOn}に資格喪失しています。`, en: `certificate ${row.certificationNo} ended on ${state.endedOn}` };
  if (row.effectiveDate < (state.lastRevisedOn ?? state.certifiedOn)) return { ja: `異動日が認定日または直近の改定日（${state.lastRevisedOn ?? state.certifiedOn}）より前です。`, en: `effective date is before the certification or latest revision (${state.lastRevisedOn ?? state.certifiedOn})` };
  return state;
}

function revise(state: CertificationState, row: ChildRow, processedOn: string): Message[] {
  if (row.effectiveDate > addMonths(processedOn, AHEAD_MONTHS)) return [{ ja: `改定日 ${row.effectiveDate} は${AHEAD_MONTHS}か月より先です。`, en: `revision date ${row.effectiveDate} is more than ${AHEAD_MONTHS} months ahead` }];
  const children = listed(row) ?? state.children;
  const payment = row.payment ?? state.payment;
  const amount = row.monthlyAmount ?? 0;
  const problem = amountProblem(row.program, payment, children, row.effectiveDate, amount);
  if (problem) return [problem];
  if (amount === state.amount && payment === state.payment && row.children === null) return [{ ja: '月額・支給区分・対象児童のいずれも変わりません。', en: 'neither the amount, the payment class nor the children change' }];
  Object.assign(state, { amount, payment, children, lastRevisedOn: row.effectiveDate });
  return [];
}

/** Checks one row against the ledger and, when it passes, applies its effect there. */
export function stepChildRow(ledger: Ledger, row: ChildRow, processedOn: string): Message[] {
  if (row.reason === '認定') return certify(ledger, row);
  const state = target(ledger, row);
  if (!('certificationNo' in state)) return [state];
  if (row.reason === '額改定') return revise(state, row, processedOn);
  if (row.reason === '支給停止') {
    if (state.amount === 0) return [{ ja: '既に支給停止中（月額0円）です。', en: 'payment is already stopped (amount 0)' }];
    Object.assign(state, { amount: 0, lastRevisedOn: row.effectiveDate });
    return [];
  }
  state.endedOn = row.effectiveDate;
  return [];
}

/** Checks every row against the database and the rows before it, in file order. */
export async function checkChildRows(db: Knex | Knex.Transaction, rows: readonly ChildRow[], processedOn: string): Promise<DeltaProblem[]> {
  const ledger = await loadLedger(db, rows.map((r) => r.certificationNo), rows.filter((r) => r.reason === '認定').map((r) => r.atenaNo));
  return rows.flatMap((row) => stepChildRow(ledger, row, processedOn).map((m) => ({ line: row.line, ...m })));
}
