import { ageAttainedOn, firstOfMonth, schoolYearEnd, yen, type Message } from '@smart-casework/kit';
import { childAllowanceTotal, childRearingFull, childRearingPartialRange, specialChildAmount } from '../parameters';
import type { ListedChild } from './columns';

/** What an allowance would pay in a month: exactly one amount, or (一部支給) a range in 10円 steps. */
export type Expected = { exact: number } | { min: number; max: number };

/** Children born before `on` and not yet past the programme's last paid day. */
export function paidOn(program: string, children: readonly ListedChild[], on: string): number {
  return children.filter((c) => c.birthDate < on && on <= (program === '特別児童扶養手当' ? ageAttainedOn(c.birthDate, 20) : schoolYearEnd(c.birthDate, 18))).length;
}

/** The amount the department's dated parameters give for a month starting on `month`. */
export function expectedAmount(program: string, payment: string | null, children: readonly ListedChild[], month: string): Expected {
  const on = firstOfMonth(month);
  if (program === '児童手当') return { exact: childAllowanceTotal(children.map((c) => c.birthDate), on) };
  const paid = paidOn(program, children, on);
  if (program === '特別児童扶養手当') return { exact: paid * specialChildAmount(payment ?? '', on) };
  if (payment === '一部支給') return paid < 1 ? { exact: 0 } : childRearingPartialRange(paid, on);
  return { exact: childRearingFull(paid, on) };
}

/** A message when `amount` is not what the parameters give for the month. */
export function amountProblem(program: string, payment: string | null, children: readonly ListedChild[], month: string, amount: number): Message | null {
  const expected = expectedAmount(program, payment, children, month);
  const label = `${program}${payment ? `（${payment}）` : ''}、対象児童${children.length}人、${month.slice(0, 7)}`;
  if ('exact' in expected) {
    if (expected.exact === amount) return null;
    return { ja: `月額${yen(amount)}は支給基準と一致しません（${label}の月額は${yen(expected.exact)}）。`, en: `monthly amount ${amount} does not match the rates (${program} ${payment ?? ''} for ${children.length} children in ${month.slice(0, 7)} is ${expected.exact})` };
  }
  if (amount >= expected.min && amount <= expected.max && amount % 10 === 0) return null;
  return { ja: `月額${yen(amount)}は一部支給の範囲外です（${label}：${yen(expected.min)}〜${yen(expected.max)}、10円単位）。`, en: `monthly amount ${amount} is outside the partial-payment range ${expected.min}–${expected.max} (10-yen steps)` };
}
