import { addMonths, firstOfMonth, type PlannedDeltaRow } from '@smart-casework/kit';
import { childRearingFull, childRearingPartial, childRearingPartialRange, specialChildAmount } from '../parameters';
import { paidOn } from './amounts';
import { formatChildren } from './children-cell';
import type { ChildReason, ChildRow, ListedChild } from './columns';
import type { CertificationState } from './ledger';

export type PlannedRow = PlannedDeltaRow<ChildRow>;

/** A planned row about an existing certification; the cells a reason does not use stay empty. */
export function plannedFor(state: CertificationState, reason: ChildReason, effectiveDate: string, cells: Partial<PlannedRow> = {}): PlannedRow {
  return { atenaNo: state.recipient, reason, effectiveDate, program: state.program as ChildRow['program'], certificationNo: state.certificationNo, payment: null, monthlyAmount: null, children: null, detail: null, ...cells };
}

export const childrenCell = (children: readonly ListedChild[]): string => formatChildren(children);

/** The first day of a month on or after `from` (when a simulated revision takes effect). */
export function firstMonthStart(from: string): string {
  return from.endsWith('-01') ? from : addMonths(firstOfMonth(from), 1);
}

/** Every first day of a month within [from, to]. */
export function monthStarts(from: string, to: string): string[] {
  const starts: string[] = [];
  for (let m = firstMonthStart(from); m <= to; m = addMonths(m, 1)) starts.push(m);
  return starts;
}

/**
 * 児童扶養手当 / 特別児童扶養手当 for new children or rates on `on`. A 一部支給 keeps its place in
 * the income range, which is what an unchanged income gives.
 */
export function rearingAmount(state: CertificationState, payment: string | null, children: readonly ListedChild[], on: string): number {
  const paid = paidOn(state.program, children, on);
  if (state.program === '特別児童扶養手当') return paid * specialChildAmount(payment ?? '', on);
  if (payment !== '一部支給') return childRearingFull(paid, on);
  const before = childRearingPartialRange(Math.max(1, paidOn(state.program, state.children, addMonths(on, -1))), addMonths(on, -1));
  const share = before.max === before.min ? 0.5 : Math.min(1, Math.max(0, (before.max - state.amount) / (before.max - before.min)));
  return childRearingPartial(paid, share, on);
}
