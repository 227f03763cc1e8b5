import { addDays, addYears, fiscalYearOf, fiscalYearStart } from '../dates';
import { dateBetween } from './random-dates';
import type { AddressBook } from './addresses';
import { totalIncome, type HouseholdWork, type Member } from './model';
import type { Random } from './random';
import type { BuildingTrait, LandTrait, VehicleTrait } from './types';

/** 軽自動車税 種別割 (annual, DOMAIN.md 2.9) as a dated parameter table. */
export const LIGHT_VEHICLE_TAX = [
  {
    from: '2015-04-01',
    rates: { '原付 50cc以下': 2_000, '軽二輪 125cc超250cc以下': 3_600, '小型特殊 農耕作業用': 2_400, '軽四輪乗用 自家用': 10_800, '軽四輪貨物 自家用': 5_000 },
    /** 軽四輪 first registered before 2015-04 pay the old rate, and the 13-year surcharge after that. */
    oldRates: { '軽四輪乗用 自家用': 7_200, '軽四輪貨物 自家用': 4_000 },
    surchargedRates: { '軽四輪乗用 自家用': 12_900, '軽四輪貨物 自家用': 6_000 },
  },
] as const;

type VehicleKind = keyof (typeof LIGHT_VEHICLE_TAX)[number]['rates'];

export function lightVehicleTax(kind: VehicleKind, registeredOn: string, taxYearStart: string): number {
  const table = LIGHT_VEHICLE_TAX[0];
  if (kind === '軽四輪乗用 自家用' || kind === '軽四輪貨物 自家用') {
    if (registeredOn < addYears(taxYearStart, -13)) return table.surchargedRates[kind];
    if (registeredOn < '2015-04-01') return table.oldRates[kind];
  }
  return table.rates[kind];
}

const KANA = 'あいうえかきくけこさすせそたちつてとなにぬねのはひふほまみむめもやゆよらりるれろ'.split('');

export function vehicle(random: Random, referenceDate: string, kind: VehicleKind = random.weighted<VehicleKind>([['軽四輪乗用 自家用', 72], ['軽四輪貨物 自家用', 12], ['原付 50cc以下', 9], ['軽二輪 125cc超250cc以下', 4], ['小型特殊 農耕作業用', 3]])): VehicleTrait {
  const registeredOn = dateBetween(random, addYears(referenceDate, -18), addDays(referenceDate, -30));
  const number = `${random.int(1, 99)}-${String(random.int(0, 99)).padStart(2, '0')}`;
  const classNo = kind === '軽四輪乗用 自家用' ? '580' : kind === '軽四輪貨物 自家用' ? '480' : null;
  const plate = classNo ? `米浜 ${classNo} ${random.pick(KANA)} ${number}` : `米浜市 ${random.pick(KANA)} ${random.int(1, 9999)}`;
  return { kind, plate, registeredOn, annualTax: lightVehicleTax(kind, registeredOn, fiscalYearStart(fiscalYearOf(referenceDate))) };
}

/** The member who owns the household's things: the main earner, else the head. */
export function owner(household: HouseholdWork): Member {
  const earners = [...household.members].sort((a, b) => totalIncome(b.person) - totalIncome(a.person));
  const main = earners[0];
  const head = household.members.find((m) => m.draft.role === 'head') ?? household.members[0];
  return (main && totalIncome(main.person) > 0 ? main : head) as Member;
}

function vehicleChance(household: HouseholdWork): number {
  const ages = household.members.map((m) => m.draft.age);
  if (household.members.some((m) => m.work === 'employee' || m.work === 'self-employed' || m.work === 'farmer')) return 0.36;
  if (ages.every((a) => a >= 80)) return 0.05;
  return ages.some((a) => a >= 65) ? 0.26 : 0.15;
}

export function assignVehicles(random: Random, household: HouseholdWork, referenceDate: string): void {
  if (!random.chance(vehicleChance(household))) return;
  const holder = owner(household).person;
  holder.vehicles.push(vehicle(random, referenceDate));
  if (random.chance(0.15)) holder.vehicles.push(vehicle(random, referenceDate));
}

const roundArea = (value: number) => Math.round(value * 100) / 100;

export function farmland(random: Random, addresses: AddressBook): LandTrait {
  const { location, lotNo } = addresses.farmland();
  const landUse = random.weighted([['田', 60], ['畑', 35], ['山林', 5]] as const);
  const areaSqm = roundArea(random.around(1_200, 1_600, 200, 4_000));
  return { location, lotNo, landUse, areaSqm, assessedValue: Math.round(areaSqm * (landUse === '山林' ? 40 : random.int(90, 220))) };
}

function residentialLand(random: Random, location: string, lot: [number, number]): LandTrait {
  const areaSqm = roundArea(random.around(200, 220, 90, 600));
  return { location, lotNo: `${lot[0]}番${lot[1]}`, landUse: '宅地', areaSqm, assessedValue: Math.round(areaSqm * random.int(14_000, 70_000)) };
}

function building(random: Random, location: string, lot: [number, number], kind: '居宅' | '共同住宅', referenceDate: string): BuildingTrait {
  const structure = random.chance(kind === '居宅' ? 0.87 : 0.35) ? '木造' : '非木造';
  const floorAreaSqm = roundArea(kind === '居宅' ? random.around(110, 90, 50, 260) : random.around(320, 300, 120, 900));
  const builtYear = random.int(1965, Number(referenceDate.slice(0, 4)) - 1);
  const age = Number(referenceDate.slice(0, 4)) - builtYear;
  const unit = structure === '木造' ? 95_000 : 140_000;
  const assessedValue = Math.round(floorAreaSqm * unit * Math.max(0.2, 1 - age * 0.025));
  return { location, buildingNo: `${lot[0]}番${lot[1]}`, kind, structure, floorAreaSqm, builtYear, assessedValue };
}

/** A home owner's plot and house; farmers' fields; a few landlords' rental buildings. */
export function assignProperty(random: Random, household: HouseholdWork, addresses: AddressBook, referenceDate: string): void {
  household.ownsHome = household.dwelling === 'house' && random.chance(0.92);
  const head = (household.members.find((m) => m.draft.role === 'head') ?? household.members[0]) as Member;
  const farmer = household.members.find((m) => m.work === 'farmer');
  if (household.ownsHome) {
    head.person.land.push(residentialLand(random, household.address.location, household.address.lot));
    head.person.buildings.push(building(random, household.address.location, household.address.lot, '居宅', referenceDate));
  }
  if (farmer) for (let i = random.int(2, 5); i > 0; i--) farmer.person.land.push(farmland(random, addresses));
  else if (household.ownsHome && random.chance(0.08)) head.person.land.push(farmland(random, addresses));
  if (household.ownsHome && random.chance(0.02)) {
    const plot = addresses.plot();
    head.person.land.push(residentialLand(random, plot.location, plot.lot));
    head.person.buildings.push(building(random, plot.location, plot.lot, '共同住宅', referenceDate));
    head.person.income.realEstate = Math.round(random.around(2_500_000, 2_000_000, 600_000, 6_000_000) / 1000) * 1000;
  }
}
