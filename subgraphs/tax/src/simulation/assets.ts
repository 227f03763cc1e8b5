import type { SimulationContext } from '@smart-casework/kit';
import type { LandRow } from '../data/lands';
import type { LightVehicleRow } from '../data/light-vehicles';

/** 種別割 of the kinds newly registered vehicles have (first registered from 2015-04; DOMAIN.md 2.9). */
const NEW_VEHICLE_TAX = [
  ['軽四輪乗用 自家用', 10_800, 72],
  ['軽四輪貨物 自家用', 5_000, 12],
  ['原付 50cc以下', 2_000, 9],
  ['軽二輪 125cc超250cc以下', 3_600, 7],
] as const;

const KANA = [...'あいうえかきくけこさすせそたちつてとなにぬねのはひふほまみむめもやゆよらりるれろ'];

export interface NewVehicle {
  kind: string;
  plate: string;
  annualTax: number;
}

/** Plates in use and given out, so a simulated registration never takes one that is. */
export class PlateBook {
  private readonly used: Set<string>;
  constructor(vehicles: readonly LightVehicleRow[]) {
    this.used = new Set(vehicles.map((v) => v.plate));
  }

  /** A vehicle with a fresh plate, in the city's plate styles (軽四輪 with a 分類番号, others the city's own). */
  vehicle(ctx: SimulationContext, kind?: string): NewVehicle {
    const entry = NEW_VEHICLE_TAX.find(([k]) => k === kind) ?? ctx.rng.weighted(NEW_VEHICLE_TAX.map((e) => [e, e[2]] as const));
    const classNo = entry[0] === '軽四輪乗用 自家用' ? '580' : entry[0] === '軽四輪貨物 自家用' ? '480' : null;
    for (;;) {
      const plate = classNo ? `米浜 ${classNo} ${ctx.pick(KANA)} ${ctx.rng.int(1, 99)}-${String(ctx.rng.int(0, 99)).padStart(2, '0')}` : `米浜市 ${ctx.pick(KANA)} ${ctx.rng.int(1, 9999)}`;
      if (this.used.has(plate)) continue;
      this.used.add(plate);
      return { kind: entry[0], plate, annualTax: entry[1] };
    }
  }
}

export type NewLand = Omit<LandRow, 'id' | 'atena_no'>;

/** Lot numbers in use, so an acquired parcel is one nobody holds. */
export class LotBook {
  private readonly used: Set<string>;
  private readonly locations: string[];
  constructor(lands: readonly LandRow[]) {
    this.used = new Set(lands.map((l) => `${l.location}|${l.lot_no}`));
    this.locations = [...new Set(lands.filter((l) => l.land_use !== '宅地').map((l) => l.location))];
    if (this.locations.length === 0) this.locations.push('米浜市大字中島');
  }

  /** Farmland or forest (inheritance is how most recipients come to own land). */
  land(ctx: SimulationContext): NewLand {
    const location = ctx.pick(this.locations);
    for (;;) {
      const lotNo = `${ctx.rng.int(1, 4999)}番${ctx.rng.int(1, 30)}`;
      if (this.used.has(`${location}|${lotNo}`)) continue;
      this.used.add(`${location}|${lotNo}`);
      const landUse = ctx.rng.weighted([['田', 55], ['畑', 35], ['山林', 10]] as const);
      const area = Math.round(ctx.rng.int(30_000, 250_000)) / 100;
      const value = Math.round(area * (landUse === '山林' ? 40 : ctx.rng.int(90, 220)));
      return { location, lot_no: lotNo, land_use: landUse, area_sqm: area, assessed_value: value, taxable_standard: value, housing_land_relief: null };
    }
  }
}
