import { addDays, daysBetween, fiscalYearStart, maxDate, type DeltaRecord, type SimulationContext } from '@smart-casework/kit';
import type { TaxReason } from '../changes/columns';
import type { LandRow } from '../data/lands';
import type { LightVehicleRow } from '../data/light-vehicles';
import type { Assessed } from './assess';
import type { NewLand, NewVehicle } from './assets';
import { assessmentCells, taxRecord } from './records';

/** Collects a simulation's rows, each with a fresh 異動ID. */
export class Emitter {
  readonly records: DeltaRecord[] = [];
  constructor(private readonly ctx: SimulationContext) {}

  private add(reason: TaxReason, atenaNo: string, effectiveDate: string, cells: Parameters<typeof taxRecord>[1]): void {
    this.records.push(taxRecord({ changeId: this.ctx.nextChangeId(), atenaNo, reason, effectiveDate }, cells));
  }

  assessment(reason: '当初賦課' | '更正', assessed: Assessed, on: string): void {
    this.add(reason, assessed.assessment.atena_no, on, assessmentCells(assessed));
  }

  registration(atenaNo: string, vehicle: NewVehicle, on: string): void {
    this.add('軽自動車登録', atenaNo, on, { vehicleKind: vehicle.kind, plate: vehicle.plate, vehicleTax: vehicle.annualTax });
  }

  deregistration(vehicle: LightVehicleRow, on: string): void {
    this.add('軽自動車廃車', vehicle.atena_no, maxDate(on, vehicle.registered_on), { plate: vehicle.plate, vehicleKind: vehicle.kind });
  }

  acquisition(atenaNo: string, land: NewLand, on: string): void {
    this.add('固定資産取得', atenaNo, on, { assetType: '土地', location: land.location, parcelNo: land.lot_no, landUseOrKind: land.land_use, areaSqm: land.area_sqm, assessedValue: land.assessed_value, taxableStandard: land.taxable_standard, housingLandRelief: land.housing_land_relief });
  }

  loss(land: LandRow, on: string): void {
    this.add('固定資産喪失', land.atena_no, on, { assetType: '土地', location: land.location, parcelNo: land.lot_no, landUseOrKind: land.land_use });
  }
}

/** A day of the period in fiscal year `fiscalYear` or later (a 更正 never predates its year), or null when there is none. */
export function dayForYear(ctx: SimulationContext, fiscalYear: number): string | null {
  const from = maxDate(ctx.from, fiscalYearStart(fiscalYear));
  if (from > ctx.to) return null;
  return addDays(from, ctx.rng.int(0, daysBetween(from, ctx.to)));
}

/** `expected` events as a whole count: the fraction decides by chance, so small cities still see some. */
export function countOf(ctx: SimulationContext, expected: number): number {
  return Math.floor(expected) + (ctx.random() < expected - Math.floor(expected) ? 1 : 0);
}

/** Up to `n` distinct items, drawn at random. */
export function sample<T>(ctx: SimulationContext, items: readonly T[], n: number): T[] {
  const pool = [...items];
  const drawn: T[] = [];
  while (drawn.length < n && pool.length > 0) {
    const i = ctx.rng.int(0, pool.length - 1);
    drawn.push(pool[i] as T);
    pool.splice(i, 1);
  }
  return drawn;
}
