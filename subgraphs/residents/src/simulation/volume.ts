import { addDays, daysBetween } from '@smart-casework/kit';
import type { ResidentRow } from '../data/residents';
import type { SimCity, SimHousehold } from './city';
import { birth, death, isMother, joinHousehold, moveOut, newHousehold, relocate, splitOff } from './records';

/**
 * Yearly rates per 1,000 residents (DOMAIN.md §4.2, national 2024): births, deaths, moves between
 * municipalities each way, and abroad. 転居 and 世帯分離 are not in those statistics: a few,
 * per 1,000 households and persons.
 */
const RATES = { births: 5.7, deaths: 13.3, domesticOut: 42, domesticIn: 42, abroadOut: 3.0, abroadIn: 5.9, relocations: 4, splits: 0.5 };

/** Moves peak in March–April (DOMAIN.md §4.2, unverified); the factors average 1 over the year. */
const MOVE_SEASON = [0.9, 0.9, 2.0, 1.6, 0.9, 0.8, 0.8, 0.8, 0.8, 0.8, 0.8, 0.8];

/** Expected count for the period, rounded at random so that small cities still see rare events now and then. */
function countFor(city: SimCity, perThousandPerYear: number, base: number, season = 1): number {
  const days = daysBetween(city.ctx.from, city.ctx.to) + 1;
  const expected = (perThousandPerYear / 1000) * base * (days / 365) * season;
  return Math.floor(expected) + (city.ctx.random() < expected % 1 ? 1 : 0);
}

/** Draws persons by weight (cumulative sums, binary search), skipping households already changed. */
function drawPersons(city: SimCity, weight: (p: ResidentRow) => number, accept: (p: ResidentRow) => boolean): () => ResidentRow | null {
  const people: ResidentRow[] = [];
  const cumulative: number[] = [];
  let total = 0;
  for (const person of city.residents) {
    const w = weight(person);
    if (w <= 0) continue;
    total += w;
    people.push(person);
    cumulative.push(total);
  }
  return () => {
    for (let attempt = 0; attempt < 50 && total > 0; attempt++) {
      const target = city.ctx.random() * total;
      let lo = 0;
      let hi = cumulative.length - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((cumulative[mid] ?? 0) <= target) lo = mid + 1;
        else hi = mid;
      }
      const person = people[lo];
      if (person && !city.locked.has(person.household_no) && accept(person)) return person;
    }
    return null;
  };
}

const householdOf = (city: SimCity, person: ResidentRow): SimHousehold | undefined => city.households.get(person.household_no);

function births(city: SimCity, count: number): void {
  const on = city.ctx.to;
  const next = drawPersons(city, (p) => (isMother(city, p, on) ? Math.max(0.05, 1 - Math.abs(city.age(p, on) - 31) / 14) : 0), () => true);
  for (let i = 0; i < count; i++) {
    const mother = next();
    const household = mother && householdOf(city, mother);
    if (mother && household) birth(city, household, mother, city.ctx.dateIn());
  }
}

/** Deaths weighted to the elderly: mortality roughly doubles every 8 years of age (Gompertz). */
function deaths(city: SimCity, count: number): void {
  const next = drawPersons(city, (p) => Math.exp(0.085 * (city.age(p, city.ctx.to) - 85)), () => true);
  for (let i = 0; i < count; i++) {
    const person = next();
    if (person) death(city, person, city.ctx.dateIn());
  }
}

/** Young adults move most; a person leaves alone, or the whole household goes. */
function movesOut(city: SimCity, persons: number, abroad: boolean): void {
  const weight = (p: ResidentRow) => { const age = city.age(p, city.ctx.to); return age >= 18 && age < 35 ? 3 : age < 18 ? 0.8 : age < 50 ? 1.5 : age < 65 ? 0.6 : 0.3; };
  const next = drawPersons(city, weight, () => true);
  for (let moved = 0; moved < persons;) {
    const person = next();
    const household = person && householdOf(city, person);
    if (!person || !household) return;
    const alone = household.members.length > 1 && person.atena_no !== household.row.head_atena_no && city.age(person, city.ctx.to) >= 18 && city.ctx.random() < 0.55;
    const leaving = alone ? [person] : household.members;
    moveOut(city, household, leaving, city.ctx.dateIn(), abroad);
    moved += leaving.length;
  }
}

const HOUSEHOLD_SIZES: readonly (readonly [number, number])[] = [[1, 0.55], [2, 0.2], [3, 0.13], [4, 0.12]];

function movesIn(city: SimCity, persons: number, abroad: boolean): void {
  const homes = [...city.households.values()].filter((h) => h.members.length > 0);
  for (let arrived = 0; arrived < persons;) {
    const home = homes.length > 0 ? city.ctx.pick(homes) : null;
    if (!abroad && home && !city.locked.has(home.row.household_no) && city.ctx.random() < 0.1) {
      arrived += joinHousehold(city, home, city.ctx.dateIn()) ? 1 : 0;
    } else {
      arrived += newHousehold(city, city.ctx.rng.weighted(HOUSEHOLD_SIZES), city.ctx.dateIn(), abroad);
    }
  }
}

function relocations(city: SimCity, count: number): void {
  const homes = [...city.households.values()].filter((h) => h.members.length > 0);
  for (let i = 0, tries = 0; i < count && tries < count * 20 && homes.length > 0; tries++) {
    const home = city.ctx.pick(homes);
    if (city.locked.has(home.row.household_no)) continue;
    relocate(city, home, city.ctx.dateIn());
    i++;
  }
}

function splits(city: SimCity, count: number): void {
  const next = drawPersons(city, (p) => (p.relationship === '子' && city.age(p, city.ctx.to) >= 20 ? 1 : 0), (p) => (householdOf(city, p)?.members.length ?? 0) > 1);
  for (let i = 0; i < count; i++) {
    const person = next();
    const household = person && householdOf(city, person);
    if (person && household) splitOff(city, household, person, city.ctx.dateIn());
  }
}

/** A realistic period of registry changes for a city of the database's size. */
export function simulateVolume(city: SimCity): void {
  const population = city.residents.length;
  const season = MOVE_SEASON[Number(addDays(city.ctx.from, Math.floor(daysBetween(city.ctx.from, city.ctx.to) / 2)).slice(5, 7)) - 1] ?? 1;
  deaths(city, countFor(city, RATES.deaths, population));
  births(city, countFor(city, RATES.births, population));
  movesOut(city, countFor(city, RATES.domesticOut, population, season), false);
  movesOut(city, countFor(city, RATES.abroadOut, population, season), true);
  movesIn(city, countFor(city, RATES.domesticIn, population, season), false);
  movesIn(city, countFor(city, RATES.abroadIn, population, season), true);
  relocations(city, countFor(city, RATES.relocations, city.households.size, season));
  splits(city, countFor(city, RATES.splits, population));
}
