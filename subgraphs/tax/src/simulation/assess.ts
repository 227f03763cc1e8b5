import { effectiveOn, fiscalYearStart, gradeClass } from '@smart-casework/kit';
import { CITY_GRADE } from '@smart-casework/kit/city';
import { incomeLevyOf } from '../../seed/assessment';
import type { AssessmentRow, TaxStatus } from '../data/assessments';
import type { DependantRow } from '../data/dependants';
import type { IncomeRow } from '../data/incomes';
import { deductionFor, INCOME_DEDUCTIONS, perCapitaExemptionLimit, RESIDENT_TAX } from '../parameters';

/** An assessment as the tax system would export it: its figures and income by kind. */
export interface Assessed {
  assessment: AssessmentRow;
  incomes: IncomeRow[];
}

/** Exemptions that follow the person, not the amount (生活扶助 on 1 January), and those bounded by the 135万円 limit. */
const STATUS_REASONS = new Set(['障害者', '未成年者', 'ひとり親']);

/** Income of a kind after a change of its revenue: salary by the statutory table, pensions keep their deduction. */
export function incomeFor(kind: string, revenue: number, previous: IncomeRow | undefined, fiscalYear: number): number {
  if (kind === '給与') return revenue - deductionFor(effectiveOn(INCOME_DEDUCTIONS, `${fiscalYear - 1}-01-01`).salary, revenue);
  if (kind === '公的年金等') return Math.max(0, revenue - (previous ? previous.revenue - previous.income : 0));
  return revenue;
}

/**
 * Assesses a person from income by kind and the year's claims, keeping a person-bound 非課税事由
 * (`keep`) where the law keeps it; the same rules as the seed's roll.
 */
export function assess(atenaNo: string, fiscalYear: number, incomes: readonly IncomeRow[], claims: readonly DependantRow[], keep: string | null): Assessed {
  const tax = effectiveOn(RESIDENT_TAX, fiscalYearStart(fiscalYear));
  const total = incomes.reduce((sum, i) => sum + i.income, 0);
  const bound = keep === '生活扶助' || (keep !== null && STATUS_REASONS.has(keep) && total <= tax.vulnerableExemptionLimit) ? keep : null;
  const reason = bound ?? (total <= perCapitaExemptionLimit(tax, gradeClass(CITY_GRADE), claims.length) ? '非課税限度額以下' : null);
  const incomeLevy = reason ? 0 : incomeLevyOf(total, claims, tax);
  const status: TaxStatus = reason ? '非課税' : incomeLevy > 0 ? '課税' : '均等割のみ';
  return {
    assessment: { atena_no: atenaNo, fiscal_year: fiscalYear, tax_status: status, exempt_reason: reason, total_income: total, income_levy: incomeLevy, per_capita_levy: reason ? 0 : tax.perCapitaLevy, dependant_count: claims.length },
    incomes: incomes.map((i) => ({ ...i, atena_no: atenaNo, fiscal_year: fiscalYear })),
  };
}

/** Revenue of each kind multiplied by `factor` (a year's drift), rounded to thousands. */
export function drifted(incomes: readonly IncomeRow[], factor: number, fiscalYear: number): IncomeRow[] {
  return incomes.map((i) => {
    const revenue = Math.round((i.revenue * factor) / 1000) * 1000;
    return { ...i, fiscal_year: fiscalYear, revenue, income: incomeFor(i.kind, revenue, i, fiscalYear) };
  });
}

/** The incomes with `extra` yen of salary added (a new job, more hours). */
export function withMoreSalary(incomes: readonly IncomeRow[], extra: number, atenaNo: string, fiscalYear: number): IncomeRow[] {
  const salary = incomes.find((i) => i.kind === '給与');
  const revenue = (salary?.revenue ?? 0) + extra;
  const others = incomes.filter((i) => i.kind !== '給与');
  return [...others, { atena_no: atenaNo, fiscal_year: fiscalYear, kind: '給与', revenue, income: incomeFor('給与', revenue, salary, fiscalYear) }];
}
