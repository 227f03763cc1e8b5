import type { SimulationContext } from '@smart-casework/kit';
import type { LotBook, PlateBook } from './assets';
import { countOf, dayForYear, sample, type Emitter } from './emit';
import { reassess } from './roll';
import type { TaxState } from './state';

/**
 * Monthly rates for a city (per record): revisions of the roll (更正: late returns, employers'
 * corrections), light vehicles registered and scrapped (a few dozen a month in a 150,000 city),
 * land changing hands (rare). Our estimates, not statistics.
 */
const MONTHLY = { revision: 0.0005, registration: 0.0015, deregistration: 0.0014, acquisition: 0.0002, loss: 0.0002 };

/** What the story already touches, so that the city's churn never changes the same record twice. */
export interface Taken {
  plates: ReadonlySet<string>;
  lands: ReadonlySet<string>;
}

function revisions(ctx: SimulationContext, state: TaxState, months: number, emit: Emitter): void {
  if (state.fiscalYear === null) return;
  for (const previous of sample(ctx, state.roll, countOf(ctx, state.roll.length * MONTHLY.revision * months))) {
    const on = dayForYear(ctx, state.fiscalYear);
    if (on === null) return;
    emit.assessment('更正', reassess(state, previous, state.fiscalYear, 0.8 + ctx.random() * 0.5, undefined), on);
  }
}

function vehicles(ctx: SimulationContext, state: TaxState, months: number, plates: PlateBook, taken: Taken, emit: Emitter): void {
  const owners = state.roll.filter((a) => a.tax_status !== '非課税');
  const expected = state.vehicles.length * months;
  if (owners.length > 0) {
    for (let n = countOf(ctx, expected * MONTHLY.registration); n > 0; n--) emit.registration(ctx.pick(owners).atena_no, plates.vehicle(ctx), ctx.dateIn());
  }
  const scrappable = state.vehicles.filter((v) => !taken.plates.has(v.plate));
  for (const vehicle of sample(ctx, scrappable, countOf(ctx, expected * MONTHLY.deregistration))) emit.deregistration(vehicle, ctx.dateIn());
}

function lands(ctx: SimulationContext, state: TaxState, months: number, lots: LotBook, taken: Taken, emit: Emitter): void {
  const expected = state.lands.length * months;
  if (state.roll.length > 0) {
    for (let n = countOf(ctx, expected * MONTHLY.acquisition); n > 0; n--) emit.acquisition(ctx.pick(state.roll).atena_no, lots.land(ctx), ctx.dateIn());
  }
  const sellable = state.lands.filter((l) => !taken.lands.has(`${l.atena_no}|${l.location}|${l.lot_no}`));
  for (const land of sample(ctx, sellable, countOf(ctx, expected * MONTHLY.loss))) emit.loss(land, ctx.dateIn());
}

/** The city's ordinary changes over the period, outside the June roll. */
export function emitChurn(ctx: SimulationContext, state: TaxState, months: number, books: { plates: PlateBook; lots: LotBook }, taken: Taken, emit: Emitter): void {
  revisions(ctx, state, months, emit);
  vehicles(ctx, state, months, books.plates, taken, emit);
  lands(ctx, state, months, books.lots, taken, emit);
}
