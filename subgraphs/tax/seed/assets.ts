import type { CityPerson } from '@smart-casework/kit/city';
import type { BuildingRow } from '../src/data/buildings';
import type { LandRow } from '../src/data/lands';
import type { LightVehicleRow } from '../src/data/light-vehicles';

type New<T> = Omit<T, 'id'>;

/** 住宅用地の特例 covers the first 200㎡ per dwelling at 1/6 (小規模) and the rest at 1/3 (一般). */
const SMALL_HOUSING_LAND_SQM = 200;

function housingLand(areaSqm: number, value: number): { relief: string; standard: number } {
  const small = Math.min(areaSqm, SMALL_HOUSING_LAND_SQM);
  const standard = Math.floor((value * small) / areaSqm / 6 + (value * (areaSqm - small)) / areaSqm / 3);
  return { relief: areaSqm <= SMALL_HOUSING_LAND_SQM ? '小規模住宅用地' : '一般住宅用地', standard };
}

export function landsOf(person: CityPerson): New<LandRow>[] {
  const dwelling = person.buildings.some((b) => b.kind === '居宅' || b.kind === '共同住宅');
  return person.land.map((land) => {
    const housing = dwelling && land.landUse === '宅地' && land.areaSqm > 0 ? housingLand(land.areaSqm, land.assessedValue) : null;
    return {
      atena_no: person.atenaNo,
      location: land.location,
      lot_no: land.lotNo,
      land_use: land.landUse,
      area_sqm: land.areaSqm,
      assessed_value: land.assessedValue,
      taxable_standard: housing?.standard ?? land.assessedValue,
      housing_land_relief: housing?.relief ?? null,
    };
  });
}

export function buildingsOf(person: CityPerson): New<BuildingRow>[] {
  return person.buildings.map((b) => ({
    atena_no: person.atenaNo,
    location: b.location,
    building_no: b.buildingNo,
    kind: b.kind,
    structure: b.structure,
    floor_area_sqm: b.floorAreaSqm,
    built_year: b.builtYear,
    assessed_value: b.assessedValue,
  }));
}

export function lightVehiclesOf(person: CityPerson): New<LightVehicleRow>[] {
  return person.vehicles.map((v) => ({ atena_no: person.atenaNo, kind: v.kind, plate: v.plate, registered_on: v.registeredOn, deregistered_on: null, annual_tax: v.annualTax }));
}
