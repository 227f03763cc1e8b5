import { addMonths, bySeverity, finding, firstOfMonth, schoolYearEnd, yen, type Finding } from '@smart-casework/kit';
import type { CountedChildRow } from './data/children';
import { PAYMENT_MONTHS, WINDOW_MONTHS, childAllowanceFor, childRearingAddition, childRearingFull, disabilityAdditionForSpecialGrade, singleParentAddition, type Program } from './parameters';
import { currentAllowances, isCurrent, paidChildren, type AllowanceModel, type ChildBenefitRecordModel } from './record';

/** What the child-allowance department tells a caseworker about a person on a day, most urgent first. */
export function childFindings(record: ChildBenefitRecordModel, on: string): Finding[] {
  return bySeverity([
    ...amountRevised(record, on),
    ...allowanceEnded(record, on),
    ...childRearingIncome(record, on),
    ...singleParentAdditionCheck(record, on),
    ...childAllowanceIncome(record, on),
    ...specialChildAllowance(record, on),
    ...agingOut(record, on),
  ]);
}

function current(record: ChildBenefitRecordModel, on: string, program: Program): AllowanceModel[] {
  return currentAllowances(record, on).filter((a) => a.certification.program === program);
}

/** A 額改定 in the last months must be reflected in the 収入認定 (or 63条 applies). */
export function amountRevised(record: ChildBenefitRecordModel, on: string): Finding[] {
  const since = addMonths(on, -WINDOW_MONTHS);
  return record.allowances.flatMap(({ certification, revisions }) =>
    revisions
      .filter((r) => r.revised_on > since)
      .map((r) => {
        const change = r.amount_after - r.amount_before;
        const text = `${certification.program}の額改定（${r.revised_on}、${r.reason}）：月額${yen(r.amount_before)}→${yen(r.amount_after)}（${yen(Math.abs(change))}${change > 0 ? '増' : '減'}）を保護費に反映`;
        return finding('CHILD_AMOUNT_REVISED', 'critical', text);
      }),
  );
}

/** An allowance that ended lately must stop being recognised as income. */
export function allowanceEnded(record: ChildBenefitRecordModel, on: string): Finding[] {
  const since = addMonths(on, -WINDOW_MONTHS);
  return record.allowances
    .filter(({ certification: c }) => !isCurrent(c, on) && c.ended_on !== null && c.ended_on > since)
    .map(({ certification: c }) => finding('CHILD_ALLOWANCE_ENDED', 'critical', `${c.program}の支給終了（${c.ended_on}${c.end_reason ? `、${c.end_reason}` : ''}）：月額${yen(c.monthly_amount)}の収入認定の終了を確認`));
}

/** 児童扶養手当 is income recognised in full. */
export function childRearingIncome(record: ChildBenefitRecordModel, on: string): Finding[] {
  return current(record, on, '児童扶養手当').map(({ certification: c }) =>
    finding('CHILD_REARING_INCOME', 'warning', `児童扶養手当（${c.payment ?? '支給区分不明'}）を受給中：月額${yen(c.monthly_amount)}（${PAYMENT_MONTHS.児童扶養手当}払い）を収入として全額認定`),
  );
}

/** A 児童扶養手当 recipient is a single parent: 母子加算 by the number of children. */
export function singleParentAdditionCheck(record: ChildBenefitRecordModel, on: string): Finding[] {
  return current(record, on, '児童扶養手当').map((a) => {
    const children = paidChildren(a).length;
    const addition = singleParentAddition(children, on);
    return finding('CHILD_SINGLE_PARENT_ADDITION', 'warning', `児童扶養手当の受給者（ひとり親、児童${children}人）：母子加算（月額${yen(addition.min)}〜${yen(addition.max)}、級地による）の計上を確認（障害者加算とは高い方のみ）`);
  });
}

/** 児童手当 is income recognised in full, matched by 児童養育加算 for each child paid for. */
export function childAllowanceIncome(record: ChildBenefitRecordModel, on: string): Finding[] {
  return current(record, on, '児童手当').map((a) => {
    const children = paidChildren(a).length;
    const addition = childRearingAddition(on);
    return finding('CHILD_ALLOWANCE_INCOME', 'warning', `児童手当 月額${yen(a.certification.monthly_amount)}（${PAYMENT_MONTHS.児童手当}払い）を収入として全額認定：児童養育加算 ${children}人×${yen(addition)}＝${yen(children * addition)}の計上を確認`);
  });
}

/** 特別児童扶養手当 is income; the child's grade points to 障害者加算. */
export function specialChildAllowance(record: ChildBenefitRecordModel, on: string): Finding[] {
  return current(record, on, '特別児童扶養手当').map(({ certification: c }) => {
    const grade = c.payment ?? '';
    const addition = disabilityAdditionForSpecialGrade(grade, on);
    const check = addition ? `、対象児童の障害者加算（月額${yen(addition.min)}〜${yen(addition.max)}、級地による）を確認` : '';
    return finding('CHILD_SPECIAL_ALLOWANCE', 'warning', `特別児童扶養手当${grade}を受給中：月額${yen(c.monthly_amount)}（${PAYMENT_MONTHS.特別児童扶養手当}払い）を収入として全額認定${check}`);
  });
}

/** What the allowance loses when a child leaves 高校生年代. */
function dropText(a: AllowanceModel, child: CountedChildRow, on: string): string {
  const c = a.certification;
  if (c.program === '児童手当') {
    return `児童手当が月額${yen(childAllowanceFor(child.birth_date, child.birth_order, firstOfMonth(on)))}減、児童養育加算${yen(childRearingAddition(on))}も終了`;
  }
  const paid = paidChildren(a).length;
  if (paid <= 1) return `児童扶養手当は支給終了（月額${yen(c.monthly_amount)}）`;
  const full = childRearingFull(paid, on);
  const step = full - childRearingFull(paid - 1, on);
  // 一部支給 depends on income the department applied; scale the full-rate step as an estimate.
  return c.payment === '全部支給' ? `児童扶養手当が月額${yen(step)}減` : `児童扶養手当が月額約${yen(Math.round((step * c.monthly_amount) / full / 10) * 10)}減`;
}

/** A child reaching the end of 高校生年代 soon: the amount will drop (or the allowance end). */
export function agingOut(record: ChildBenefitRecordModel, on: string): Finding[] {
  const until = addMonths(on, WINDOW_MONTHS);
  return [...current(record, on, '児童手当'), ...current(record, on, '児童扶養手当')].flatMap((a) =>
    paidChildren(a).flatMap((child) => {
      const end = schoolYearEnd(child.birth_date, 18);
      if (end < on || end > until) return [];
      return [finding('CHILD_AGING_OUT', 'warning', `算定順位${child.birth_order}の児童（${child.birth_date}生）が${end}で高校生年代を終了：${dropText(a, child, on)}`)];
    }),
  );
}
