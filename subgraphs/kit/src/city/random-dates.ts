import { addDays, addYears, fromDays, toDays } from '../dates';
import type { Random } from './random';

/** A uniform date in [from, to] (inclusive); `from` when the range is empty. */
export function dateBetween(random: Random, from: string, to: string): string {
  const start = toDays(from);
  const end = toDays(to);
  return end <= start ? from : fromDays(random.int(start, end));
}

/** A birth date that makes the person exactly `age` on `on`. */
export function birthDateForAge(random: Random, age: number, on: string): string {
  const latest = addYears(on, -age);
  const earliest = addDays(addYears(on, -age - 1), 1);
  return dateBetween(random, earliest, latest);
}
