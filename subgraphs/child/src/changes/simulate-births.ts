import { addDays, firstOfNextMonth, minDate } from '@smart-casework/kit';
import { childAllowanceTotal } from '../parameters';
import type { ListedChild } from './columns';
import type { CertificationState, Ledger } from './ledger';
import { childrenCell, plannedFor, rearingAmount, type PlannedRow } from './plan';

/** Issues 証書番号 of a series after the highest the department holds. */
export type NumberIssuer = (program: string) => string;

/** What the births of one period share: the current certifications by recipient, and the 認定 planned so far. */
export interface BirthPlanning {
  ledger: Ledger;
  touched: Set<string>;
  issue: NumberIssuer;
  /** The last day of the period (a 認定 is decided by then). */
  to: string;
  /** Current certifications by recipient. */
  held: Map<string, CertificationState[]>;
  /** New 児童手当 by recipient, so that twins (or two births in a household) share one 認定. */
  certified: Map<string, { row: PlannedRow; children: ListedChild[] }>;
}

export function birthPlanning(ledger: Ledger, touched: Set<string>, issue: NumberIssuer, to: string): BirthPlanning {
  const held = new Map<string, CertificationState[]>();
  for (const state of ledger.values()) {
    if (state.endedOn !== null) continue;
    const list = held.get(state.recipient);
    if (list) list.push(state);
    else held.set(state.recipient, [state]);
  }
  return { ledger, touched, issue, to, held, certified: new Map() };
}

/** A 額改定 adding the newborn to a 児童手当 or 児童扶養手当 from the month after the birth. */
function withNewborn(state: CertificationState, newborn: ListedChild): PlannedRow {
  const month = firstOfNextMonth(newborn.birthDate);
  const children = [...state.children, newborn];
  const amount = state.program === '児童手当' ? childAllowanceTotal(children.map((c) => c.birthDate), month) : rearingAmount(state, state.payment, children, month);
  return plannedFor(state, '額改定', month, { monthlyAmount: amount, children: childrenCell(children), detail: '児童数の変更（出生）' });
}

/** A 児童手当 認定 for the newborn's parent, some days after the birth (or the newborn added to one planned already). */
function certification(planning: BirthPlanning, recipient: string, newborn: ListedChild): PlannedRow | null {
  const planned = planning.certified.get(recipient);
  const children = [...(planned?.children ?? []), newborn];
  const certifiedOn = planned?.row.effectiveDate ?? minDate(addDays(newborn.birthDate, 10), planning.to);
  const amount = childAllowanceTotal(children.map((c) => c.birthDate), firstOfNextMonth(certifiedOn));
  const cells = { monthlyAmount: amount, children: childrenCell(children) };
  if (planned) {
    Object.assign(planned.row, cells);
    planned.children = children;
    return null;
  }
  const state = { certificationNo: planning.issue('児童手当'), program: '児童手当', recipient } as CertificationState;
  const row = plannedFor(state, '認定', certifiedOn, cells);
  planning.certified.set(recipient, { row, children });
  return row;
}

/**
 * A birth changes the household's 児童手当 (額改定 for the member who receives it) and
 * 児童扶養手当, or, when no member receives 児童手当, starts one (認定) for a parent: a member
 * who already holds an allowance, else the first member in the registry's order (the head, as
 * a rule), never the newborn. `members` is the household after the birth.
 */
export function birthChanges(planning: BirthPlanning, members: readonly string[], newborn: ListedChild): PlannedRow[] {
  const current = members.flatMap((m) => planning.held.get(m) ?? []);
  const rows: PlannedRow[] = [];
  for (const state of current.filter((c) => c.program !== '特別児童扶養手当' && !planning.touched.has(c.certificationNo))) {
    planning.touched.add(state.certificationNo);
    rows.push(withNewborn(state, newborn));
  }
  if (current.some((c) => c.program === '児童手当')) return rows;
  const parent = current[0]?.recipient ?? members.find((m) => m !== newborn.atenaNo && planning.certified.has(m)) ?? members.find((m) => m !== newborn.atenaNo);
  const row = parent ? certification(planning, parent, newborn) : null;
  return row ? [...rows, row] : rows;
}
