import { addMonths, firstOfMonth, schoolYearEnd } from '@smart-casework/kit';
import type { ChildAllowanceTrait } from '@smart-casework/kit/city';
import type { RevisionRow } from '../src/data/revisions';
import { childAllowanceRuleChange, childAllowanceTotal, childRearingFull, rateChanges, specialChildAmount } from '../src/parameters';

/** A revision before it is numbered and attached to a certification. */
export type RevisionStep = Pick<RevisionRow, 'revised_on' | 'amount_before' | 'amount_after' | 'reason'>;

/** Histories start in FY2024: older amounts are not needed by anyone checking a case now. */
const HISTORY_FROM = '2024-04-01';

const round10 = (yen: number) => Math.round(yen / 10) * 10;

/**
 * 児童扶養手当 / 特別児童扶養手当: at each rate change since certification, the amount before is the
 * current one scaled by the ratio of the rates (exact for 全部支給; an estimate for 一部支給).
 */
function rateRevisions(trait: ChildAllowanceTrait, paidChildren: number, referenceDate: string): RevisionStep[] {
  const program = trait.program === '特別児童扶養手当' ? trait.program : '児童扶養手当';
  const rate = (on: string) => (program === '児童扶養手当' ? childRearingFull(paidChildren, on) : paidChildren * specialChildAmount(trait.payment ?? '', on));
  const sets = rateChanges(program);
  const steps: RevisionStep[] = [];
  let after = trait.monthlyAmount;
  for (let i = sets.length - 1; i >= 1; i -= 1) {
    const [previous, change] = [sets[i - 1], sets[i]];
    if (!previous || !change || change.from <= trait.certifiedOn || change.from > referenceDate) continue;
    const [was, is] = [rate(previous.from), rate(change.from)];
    if (was === is || is === 0) continue;
    const before = round10((after * was) / is);
    steps.unshift({ revised_on: change.from, amount_before: before, amount_after: after, reason: change.revision });
    after = before;
  }
  return steps;
}

/** Why 児童手当 changed at the start of `month` for these children. */
export function childAllowanceReason(birthDates: readonly string[], month: string): string {
  const previousMonth = addMonths(month, -1);
  const rule = childAllowanceRuleChange(month);
  if (rule) return rule;
  if (birthDates.some((b) => firstOfMonth(b) === previousMonth)) return '児童数の変更（出生）';
  if (birthDates.some((b) => firstOfMonth(`${Number(b.slice(0, 4)) + 3}${b.slice(4)}`) === previousMonth)) return '3歳到達';
  if (birthDates.some((b) => schoolYearEnd(b, 18).slice(0, 7) === previousMonth.slice(0, 7))) return '高校生年代の終了';
  return '額改定';
}

/**
 * 児童手当: the amount month by month from the rules (reform, births, 3歳到達, ageing out); each
 * change is a revision. The latest revision ends at the amount the city records now.
 */
function childAllowanceRevisions(trait: ChildAllowanceTrait, birthDates: readonly string[], referenceDate: string): RevisionStep[] {
  const firstPaid = addMonths(firstOfMonth(trait.certifiedOn), 1);
  let month = firstPaid > HISTORY_FROM ? firstPaid : HISTORY_FROM;
  let previous = childAllowanceTotal(birthDates, month);
  const steps: RevisionStep[] = [];
  for (month = addMonths(month, 1); month <= referenceDate; month = addMonths(month, 1)) {
    const amount = childAllowanceTotal(birthDates, month);
    if (amount !== previous) steps.push({ revised_on: month, amount_before: previous, amount_after: amount, reason: childAllowanceReason(birthDates, month) });
    previous = amount;
  }
  const last = steps.at(-1);
  if (last) last.amount_after = trait.monthlyAmount;
  return steps.filter((s) => s.amount_before !== s.amount_after);
}

/** A plausible 額改定 history for an allowance, oldest first, derived from the rules alone. */
export function revisionHistory(trait: ChildAllowanceTrait, birthDates: readonly string[], paidChildren: number, referenceDate: string): RevisionStep[] {
  return trait.program === '児童手当' ? childAllowanceRevisions(trait, birthDates, referenceDate) : rateRevisions(trait, paidChildren, referenceDate);
}
