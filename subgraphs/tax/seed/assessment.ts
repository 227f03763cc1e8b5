import { ageOn, type GradeClass } from '@smart-casework/kit';
import type { CityHousehold, CityPerson } from '@smart-casework/kit/city';
import type { AssessmentRow, TaxStatus } from '../src/data/assessments';
import type { DependantRow } from '../src/data/dependants';
import type { IncomeRow } from '../src/data/incomes';
import { deductionFor, incomeLevyExemptionLimit, perCapitaExemptionLimit, type IncomeDeductionParameters, type ResidentTaxParameters } from '../src/parameters';

/** What an assessment of one fiscal year needs to know about the city. */
export interface AssessmentContext {
  fiscalYear: number;
  grade: GradeClass;
  tax: ResidentTaxParameters;
  deductions: IncomeDeductionParameters;
  persons: ReadonlyMap<string, CityPerson>;
  households: ReadonlyMap<string, CityHousehold>;
}

/** The city model's income kinds, by the assessment's 所得の種類. */
const KINDS = [
  ['給与', 'salary'],
  ['公的年金等', 'publicPension'],
  ['事業', 'business'],
  ['不動産', 'realEstate'],
  ['雑', 'miscellaneous'],
] as const;

/**
 * Income by kind. The city's amounts are 収入金額; salary and pensions get their statutory
 * deductions, other kinds are taken as 所得 as they stand (the city model records no expenses).
 */
export function incomesOf(person: CityPerson, ctx: AssessmentContext): IncomeRow[] {
  const incomeYearEnd = `${ctx.fiscalYear - 1}-12-31`;
  const pensionBands = ageOn(person.birthDate, incomeYearEnd) >= 65 ? ctx.deductions.pension65 : ctx.deductions.pensionUnder65;
  return KINDS.filter(([, key]) => person.income[key] > 0).map(([kind, key]) => {
    const revenue = person.income[key];
    const deduction = key === 'salary' ? deductionFor(ctx.deductions.salary, revenue) : key === 'publicPension' ? deductionFor(pensionBands, revenue) : 0;
    return { atena_no: person.atenaNo, fiscal_year: ctx.fiscalYear, kind, revenue, income: revenue - deduction };
  });
}

const SPOUSES = new Set(['妻', '夫', '妻（未届）', '夫（未届）']);

/** 扶養 claims of the fiscal year: each person whose `dependantOf` names a taxpayer. */
export function claimsOf(persons: readonly CityPerson[], ctx: AssessmentContext): DependantRow[] {
  const incomeYearEnd = `${ctx.fiscalYear - 1}-12-31`;
  return persons.flatMap((dependant) => {
    if (!dependant.dependantOf || dependant.dependantOf === dependant.atenaNo) return [];
    const taxpayer = ctx.persons.get(dependant.dependantOf);
    const together = taxpayer?.householdNo === dependant.householdNo;
    const spouse = together && ((SPOUSES.has(dependant.relationship) && taxpayer?.relationship === '世帯主') || (dependant.relationship === '世帯主' && SPOUSES.has(taxpayer?.relationship ?? '')));
    const relation = ageOn(dependant.birthDate, incomeYearEnd) < 16 ? '年少扶養親族' : spouse ? '配偶者' : '扶養親族';
    return [{ fiscal_year: ctx.fiscalYear, taxpayer_atena_no: dependant.dependantOf, dependant_atena_no: dependant.atenaNo, relation, living_apart: !together }];
  });
}

/** 非課税事由, or null when the person is not fully exempt (status as of 1 January). */
export function exemptReasonOf(person: CityPerson, totalIncome: number, dependants: number, ctx: AssessmentContext): string | null {
  const january1 = `${ctx.fiscalYear}-01-01`;
  const household = ctx.households.get(person.householdNo);
  if (household?.assistance && household.assistance.startedOn <= january1) return '生活扶助';
  if (totalIncome <= ctx.tax.vulnerableExemptionLimit) {
    if (person.disability) return '障害者';
    if (ageOn(person.birthDate, january1) < 18) return '未成年者';
    if (household?.kind === 'single-parent' && household.headAtenaNo === person.atenaNo) return 'ひとり親';
  }
  return totalIncome <= perCapitaExemptionLimit(ctx.tax, ctx.grade, dependants) ? '非課税限度額以下' : null;
}

/** 所得割: (合計所得 − 所得控除, in thousands) × rate − 調整控除, in hundreds; no social-insurance deduction is modelled. */
export function incomeLevyOf(totalIncome: number, claims: readonly DependantRow[], tax: ResidentTaxParameters): number {
  if (totalIncome <= incomeLevyExemptionLimit(tax, claims.length)) return 0;
  const deductions = tax.basicDeduction + claims.reduce((sum, c) => sum + (tax.dependantDeduction[c.relation] ?? 0), 0);
  const taxable = Math.floor(Math.max(0, totalIncome - deductions) / 1000) * 1000;
  const levy = Math.floor((taxable * tax.incomeLevyPercent) / 100) - tax.adjustmentCredit;
  return Math.max(0, Math.floor(levy / 100) * 100);
}

/**
 * The assessment of a person with income, dependants, or 生活扶助 on 1 January (recorded 職権 as
 * 非課税); null for the rest, who are not in the 課税台帳.
 */
export function assessmentOf(person: CityPerson, incomes: readonly IncomeRow[], claims: readonly DependantRow[], ctx: AssessmentContext): AssessmentRow | null {
  const totalIncome = incomes.reduce((sum, i) => sum + i.income, 0);
  const reason = exemptReasonOf(person, totalIncome, claims.length, ctx);
  const adult = ageOn(person.birthDate, `${ctx.fiscalYear}-01-01`) >= 18;
  if (incomes.length === 0 && claims.length === 0 && !(reason === '生活扶助' && adult)) return null;
  const incomeLevy = reason ? 0 : incomeLevyOf(totalIncome, claims, ctx.tax);
  const status: TaxStatus = reason ? '非課税' : incomeLevy > 0 ? '課税' : '均等割のみ';
  return {
    atena_no: person.atenaNo,
    fiscal_year: ctx.fiscalYear,
    tax_status: status,
    exempt_reason: reason,
    total_income: totalIncome,
    income_levy: incomeLevy,
    per_capita_levy: reason ? 0 : ctx.tax.perCapitaLevy,
    dependant_count: claims.length,
  };
}
