import { addDays, addMonths, schoolYearEnd, type SimulationContext } from '@smart-casework/kit';
import { childAllowanceReason } from '../../seed/history';
import { childAllowanceTotal, childRearingFull, childRearingPartial, rateChanges } from '../parameters';
import { paidOn } from './amounts';
import type { CertificationState, Ledger } from './ledger';
import { childrenCell, monthStarts, plannedFor, rearingAmount, type PlannedRow } from './plan';

/** Share of 児童扶養手当 recipients whose amount the November 現況届 changes (income moved). */
const STATUS_REPORT_SHARE = 0.2;

/** 児童手当 by the rules: 3歳到達, 高校生年代の終了 and the birth order move the amount at a month's start. */
function childAllowanceChange(state: CertificationState, month: string): PlannedRow | null {
  const births = state.children.map((c) => c.birthDate);
  const [before, after] = [childAllowanceTotal(births, addMonths(month, -1)), childAllowanceTotal(births, month)];
  if (before === after) return null;
  if (after === 0) return plannedFor(state, '資格喪失', month, { detail: '対象児童の年齢到達' });
  const reason = childAllowanceReason(births, month);
  // A child leaving the birth-order count at 22 moves the younger ones down (30,000円 → 10,000円).
  const leftCount = births.some((b) => schoolYearEnd(b, 22) === addDays(month, -1));
  return plannedFor(state, '額改定', month, { monthlyAmount: after, detail: reason === '額改定' && leftCount ? '算定順位の変更（大学生年代の終了）' : reason });
}

/** 児童扶養手当 / 特別児童扶養手当: a child ageing out, or the April rates. */
function rearingChange(state: CertificationState, month: string): PlannedRow | null {
  const stillPaid = state.children.filter((c) => paidOn(state.program, [c], month) === 1);
  const ratesChanged = rateChanges(state.program === '特別児童扶養手当' ? '特別児童扶養手当' : '児童扶養手当').find((r) => r.from === month);
  const agedOut = stillPaid.length < paidOn(state.program, state.children, addMonths(month, -1));
  if (!ratesChanged && !agedOut) return null;
  if (stillPaid.length === 0) return plannedFor(state, '資格喪失', month, { detail: '対象児童の年齢到達' });
  const amount = rearingAmount(state, state.payment, stillPaid, month);
  if (amount === state.amount && !agedOut) return null;
  const detail = ratesChanged ? ratesChanged.revision : '対象児童数の変更（年齢到達）';
  return plannedFor(state, '額改定', month, { monthlyAmount: amount, children: agedOut ? childrenCell(stillPaid) : null, detail });
}

/** 現況届 (August) decides the November amounts: some move between 全部支給 and 一部支給, a few stop. */
function statusReportChange(ctx: SimulationContext, state: CertificationState, month: string): PlannedRow | null {
  const paid = paidOn(state.program, state.children, month);
  if (paid === 0 || state.amount === 0) return null;
  if (ctx.rng.chance(0.05)) return plannedFor(state, '支給停止', month, { detail: '所得制限超過（現況届）' });
  const toFull = state.payment === '一部支給' && ctx.rng.chance(0.3);
  const amount = toFull ? childRearingFull(paid, month) : childRearingPartial(paid, 0.1 + 0.8 * ctx.random(), month);
  if (amount === state.amount) return null;
  return plannedFor(state, '額改定', month, { monthlyAmount: amount, payment: toFull ? '全部支給' : '一部支給', detail: '現況届による額改定' });
}

function changeAt(ctx: SimulationContext, state: CertificationState, month: string): PlannedRow | null {
  if (state.program === '児童手当') return childAllowanceChange(state, month);
  const change = rearingChange(state, month);
  if (change || state.program !== '児童扶養手当' || month.slice(5, 7) !== '11') return change;
  return ctx.rng.chance(STATUS_REPORT_SHARE) ? statusReportChange(ctx, state, month) : null;
}

/** The changes the rules and the calendar bring to current certifications in the period, one per certification. */
export function ruleChanges(ctx: SimulationContext, ledger: Ledger, touched: Set<string>): PlannedRow[] {
  const rows: PlannedRow[] = [];
  for (const month of monthStarts(ctx.from, ctx.to)) {
    for (const state of ledger.values()) {
      if (state.endedOn !== null || touched.has(state.certificationNo) || month < state.certifiedOn) continue;
      const row = changeAt(ctx, state, month);
      if (!row) continue;
      touched.add(state.certificationNo);
      rows.push(row);
    }
  }
  return rows;
}
