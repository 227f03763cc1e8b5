import type { SimulationContext } from '@smart-casework/kit';
import type { AssessmentRow } from '../data/assessments';
import type { LotBook, PlateBook } from './assets';
import { dayForYear, type Emitter } from './emit';
import { reassess, type Adjustment } from './roll';
import type { TaxState } from './state';

/** A part-time job found (所得増加) and a full-time one that ends a 非課税 (課税状況変更), in yen a year. */
const INCOME_INCREASE = 600_000;
const TAXABLE_SALARY = 2_400_000;

export interface StoryPlan {
  /** Income changes of story persons: a 更正 now, or part of June's 当初賦課 when that falls in the period. */
  adjustments: Map<string, Adjustment>;
  /** Plates and land keys the story changes. */
  plates: Set<string>;
  lands: Set<string>;
}

function pickUnused<T>(ctx: SimulationContext, items: readonly T[], used: Set<string>, key: (item: T) => string): T | undefined {
  const free = items.filter((item) => !used.has(key(item)));
  if (free.length === 0) return undefined;
  const chosen = ctx.pick(free);
  used.add(key(chosen));
  return chosen;
}

/** Income changes for one caseworker's households: one increase, one 非課税 that becomes 課税. */
function planIncome(ctx: SimulationContext, assessed: readonly AssessmentRow[], used: Set<string>, adjustments: Map<string, Adjustment>): void {
  const increase = pickUnused(ctx, assessed, used, (a) => a.atena_no);
  if (increase) adjustments.set(increase.atena_no, { extraSalary: INCOME_INCREASE, dropExemption: false });
  const exempt = pickUnused(ctx, assessed.filter((a) => a.tax_status !== '課税'), used, (a) => a.atena_no);
  if (exempt) adjustments.set(exempt.atena_no, { extraSalary: TAXABLE_SALARY, dropExemption: true });
}

/**
 * For every story caseworker, one of each change the tax division can cause in their households:
 * income up, 非課税 → 課税, a light vehicle registered and one scrapped, land acquired and land sold.
 */
export function planStory(ctx: SimulationContext, state: TaxState, books: { plates: PlateBook; lots: LotBook }, emit: Emitter): StoryPlan {
  const plan: StoryPlan = { adjustments: new Map(), plates: new Set(), lands: new Set() };
  const used = new Set<string>();
  for (const caseworker of ctx.storyCaseworkers) {
    const persons = ctx.watched.filter((w) => w.caseworkerId === caseworker).map((w) => w.atenaNo);
    if (persons.length === 0) continue;
    const mine = new Set(persons);
    planIncome(ctx, state.roll.filter((a) => mine.has(a.atena_no)), used, plan.adjustments);
    emit.registration(ctx.pick(persons), books.plates.vehicle(ctx, '軽四輪乗用 自家用'), ctx.dateIn());
    emit.acquisition(ctx.pick(persons), books.lots.land(ctx), ctx.dateIn());
    const car = pickUnused(ctx, state.vehicles.filter((v) => mine.has(v.atena_no)), plan.plates, (v) => v.plate);
    if (car) emit.deregistration(car, ctx.dateIn());
    const land = pickUnused(ctx, state.lands.filter((l) => mine.has(l.atena_no)), plan.lands, (l) => `${l.atena_no}|${l.location}|${l.lot_no}`);
    if (land) emit.loss(land, ctx.dateIn());
  }
  return plan;
}

/** Without a June roll in the period, the story's income changes arrive as 更正 of the current roll. */
export function emitStoryRevisions(ctx: SimulationContext, state: TaxState, adjustments: ReadonlyMap<string, Adjustment>, emit: Emitter): void {
  if (state.fiscalYear === null) return;
  for (const previous of state.roll) {
    const adjustment = adjustments.get(previous.atena_no);
    const on = adjustment ? dayForYear(ctx, state.fiscalYear) : null;
    if (adjustment && on) emit.assessment('更正', reassess(state, previous, state.fiscalYear, 1, adjustment), on);
  }
}
