import type { WatchedPerson } from '@smart-casework/kit';
import type { ResidentRow } from '../data/residents';
import type { SimCity, SimHousehold } from './city';
import { birth, death, isMother, joinHousehold, moveOut } from './records';

/** Each story caseworker's households (current members only), in a seeded order. */
function householdsOf(city: SimCity, watched: readonly WatchedPerson[], caseworkerId: string): SimHousehold[] {
  const numbers = [...new Set(watched.filter((w) => w.caseworkerId === caseworkerId).map((w) => w.householdNo))].sort();
  const homes = numbers.map((no) => city.households.get(no)).filter((h): h is SimHousehold => !!h && h.members.length > 0);
  return city.ctx.rng.shuffle(homes);
}

/** The first household not yet changed this period that fits, else the first not yet changed. */
function choose(city: SimCity, homes: readonly SimHousehold[], fits: (h: SimHousehold) => boolean): SimHousehold | undefined {
  const free = homes.filter((h) => !city.locked.has(h.row.household_no));
  return free.find(fits) ?? free[0];
}

const byAge = (a: ResidentRow, b: ResidentRow) => a.birth_date.localeCompare(b.birth_date);

/**
 * The demo story: for every story caseworker, at least one death, one 転出, one birth and one
 * 転入 in households on their caseload, so that their inbox fills whatever the random draw.
 * Deaths and 転出 are taken from households of two or more, so the household lives on.
 */
export function storyEvents(city: SimCity, watched: readonly WatchedPerson[], caseworkers: readonly string[]): void {
  for (const caseworkerId of caseworkers) {
    const homes = householdsOf(city, watched, caseworkerId);
    const dying = choose(city, homes, (h) => h.members.length >= 2);
    const oldest = dying && [...dying.members].sort(byAge)[0];
    if (oldest) death(city, oldest, city.ctx.dateIn());
    const leaving = choose(city, homes, (h) => h.members.some((m) => m.atena_no !== h.row.head_atena_no));
    const mover = leaving && ([...leaving.members].sort(byAge).reverse().find((m) => m.atena_no !== leaving.row.head_atena_no && city.age(m, city.ctx.to) >= 18) ?? leaving.members.find((m) => m.atena_no !== leaving.row.head_atena_no) ?? leaving.members[0]);
    if (leaving && mover) moveOut(city, leaving, mover.atena_no === leaving.row.head_atena_no ? leaving.members : [mover], city.ctx.dateIn(), false);
    const date = city.ctx.dateIn();
    const family = choose(city, homes, (h) => h.members.some((m) => isMother(city, m, date)));
    if (family) birth(city, family, family.members.find((m) => isMother(city, m, date)) ?? null, date);
    const joined = choose(city, homes, () => true);
    if (joined) joinHousehold(city, joined, city.ctx.dateIn());
  }
}
