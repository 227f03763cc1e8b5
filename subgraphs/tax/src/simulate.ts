import { COMMON_HEADERS, daysBetween, type DeltaRecord, type SimulationContext } from '@smart-casework/kit';
import { LotBook, PlateBook } from './simulation/assets';
import { emitChurn } from './simulation/churn';
import { Emitter } from './simulation/emit';
import { emitJuneRoll, juneRollYear } from './simulation/roll';
import { loadTaxState } from './simulation/state';
import { emitStoryRevisions, planStory } from './simulation/story';

/**
 * A period of the tax division's changes, valid against its current registers: June's whole
 * 当初賦課 when the period includes it, revisions, light vehicles and land through the year, and
 * for each story caseworker an income increase, a 非課税 that becomes 課税, a vehicle and land.
 * Rows come in date order (a stable sort keeps June's roll together for the bulk insert).
 */
export async function simulate(ctx: SimulationContext): Promise<DeltaRecord[]> {
  const state = await loadTaxState(ctx.db);
  const months = (daysBetween(ctx.from, ctx.to) + 1) / 30;
  const books = { plates: new PlateBook(state.vehicles), lots: new LotBook(state.lands) };
  const emit = new Emitter(ctx);
  const rollYear = juneRollYear(ctx, state);
  const story = new Emitter(ctx);
  const plan = planStory(ctx, state, books, story);
  if (rollYear !== null) emitJuneRoll(ctx, state, rollYear, plan.adjustments, emit);
  else emitStoryRevisions(ctx, state, plan.adjustments, story);
  emitChurn(ctx, state, months, books, { plates: plan.plates, lands: plan.lands }, emit);
  const date = (record: DeltaRecord) => record[COMMON_HEADERS.effectiveDate] ?? '';
  return [...emit.records, ...story.records].sort((a, b) => (date(a) < date(b) ? -1 : date(a) > date(b) ? 1 : 0));
}
