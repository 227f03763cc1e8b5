import type { Knex } from 'knex';
import { addDays, daysBetween } from '../dates';
import { Random } from '../city/random';

/** One row of a simulated delta file, keyed by Japanese header (the four common headers included). */
export type DeltaRecord = Record<string, string>;

/** A member of a household on assistance or applying: what the simulation must keep busy. */
export interface WatchedPerson {
  atenaNo: string;
  householdNo: string;
  caseworkerId: string;
}

/** A registry event of the simulated period that other departments react to (a birth, a death, a move). */
export interface RegistryEvent {
  atenaNo: string;
  householdNo: string;
  reason: string;
  effectiveDate: string;
  /**
   * 宛名番号 of the household's current members after the event, in display order (the head
   * usually first): who a newborn's parents may be, or who stays behind after a death.
   */
  members: string[];
}

/** What a department's `simulate` gets to produce a realistic period of changes. */
export interface SimulationContext {
  /** The department's own database, to read its current state. */
  db: Knex;
  /** First and last day of the period (inclusive, ISO). */
  from: string;
  to: string;
  /** Seeded uniform [0, 1). */
  random(): number;
  /** Seeded generator with int/chance/pick/weighted. */
  rng: Random;
  pick<T>(items: readonly T[]): T;
  /** A random day in the period. */
  dateIn(): string;
  watched: readonly WatchedPerson[];
  registryEvents: readonly RegistryEvent[];
  /** Caseworkers whose caseload must see every kind of change (the demo story). */
  storyCaseworkers: readonly string[];
  /** A fresh 異動ID, unique across departments and runs. */
  nextChangeId(): string;
}

export interface SimulationOptions {
  db: Knex;
  department: string;
  from: string;
  to: string;
  seed: number;
  watched: readonly WatchedPerson[];
  registryEvents?: readonly RegistryEvent[];
  storyCaseworkers?: readonly string[];
}

/** Builds a department's simulation context; ids read `<department>-<from>-<to>-<n>`, so runs for other periods never collide. */
export function createSimulationContext(options: SimulationOptions): SimulationContext {
  const rng = new Random(options.seed);
  const span = daysBetween(options.from, options.to);
  let serial = 0;
  return {
    db: options.db,
    from: options.from,
    to: options.to,
    random: () => rng.next(),
    rng,
    pick: (items) => rng.pick(items),
    dateIn: () => addDays(options.from, rng.int(0, Math.max(0, span))),
    watched: options.watched,
    registryEvents: options.registryEvents ?? [],
    storyCaseworkers: options.storyCaseworkers ?? ['cw001'],
    nextChangeId: () => `${options.department.slice(0, 3).toUpperCase()}${options.from.replaceAll('-', '')}${options.to.replaceAll('-', '').slice(2)}-${String(++serial).padStart(6, '0')}`,
  };
}
