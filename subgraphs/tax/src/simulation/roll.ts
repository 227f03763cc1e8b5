import { maxDate, type SimulationContext } from '@smart-casework/kit';
import type { AssessmentRow } from '../data/assessments';
import { assess, drifted, withMoreSalary } from './assess';
import type { Emitter } from './emit';
import type { TaxState } from './state';

/** A story change of one person's income: more salary, and whether a person-bound exemption goes. */
export interface Adjustment {
  extraSalary: number;
  dropExemption: boolean;
}

/** The fiscal year whose June assessment (当初賦課, 課税台帳 ready in June) falls in the period and is not yet on the roll. */
export function juneRollYear(ctx: SimulationContext, state: TaxState): number | null {
  if (state.fiscalYear === null) return null;
  for (let year = Number(ctx.from.slice(0, 4)); year <= Number(ctx.to.slice(0, 4)); year++) {
    if (ctx.from <= `${year}-06-30` && ctx.to >= `${year}-06-01` && year > state.fiscalYear) return year;
  }
  return null;
}

/** One person's assessment for `fiscalYear` from the last one, drifted by `factor` and adjusted by the story. */
export function reassess(state: TaxState, previous: AssessmentRow, fiscalYear: number, factor: number, adjustment: Adjustment | undefined) {
  const atenaNo = previous.atena_no;
  let incomes = drifted(state.incomes.get(atenaNo) ?? [], factor, fiscalYear);
  if (adjustment) incomes = withMoreSalary(incomes, adjustment.extraSalary, atenaNo, fiscalYear);
  const claims = (state.claims.get(atenaNo) ?? []).map((c) => ({ ...c, fiscal_year: fiscalYear }));
  return assess(atenaNo, fiscalYear, incomes, claims, adjustment?.dropExemption ? null : previous.exempt_reason);
}

/**
 * June: the whole city's 当初賦課 for the new fiscal year, from last year's roll with a year's
 * drift in incomes; story persons get their adjustment here instead of a 更正.
 */
export function emitJuneRoll(ctx: SimulationContext, state: TaxState, year: number, adjustments: ReadonlyMap<string, Adjustment>, emit: Emitter): void {
  const on = maxDate(ctx.from, `${year}-06-01`);
  for (const previous of state.roll) {
    const factor = previous.total_income === 0 ? 1 : 0.9 + ctx.random() * 0.25;
    emit.assessment('当初賦課', reassess(state, previous, year, factor, adjustments.get(previous.atena_no)), on);
  }
}
