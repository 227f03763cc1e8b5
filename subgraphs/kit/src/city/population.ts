import type { Random } from './random';

/**
 * Japan's population by five-year age band (thousands, 2025 estimate, rounded): ages are drawn
 * from it so that 0–14 ≈ 11%, 15–64 ≈ 59% and 65+ ≈ 29% come out of realistic households.
 */
const BANDS = [4100, 4800, 5200, 5400, 6000, 6200, 6200, 6800, 7500, 8800, 9500, 8100, 7400, 7300, 8600, 8200, 6000, 3900, 1900, 500, 80];

export const MAX_AGE = 104;

/** Weight of each single year of age, 0…MAX_AGE. */
const YEAR_WEIGHTS: number[] = Array.from({ length: MAX_AGE + 1 }, (_, age) => (BANDS[Math.min(Math.floor(age / 5), BANDS.length - 1)] ?? 0) / 5);

/** Cumulative weights for fast draws within any age range. */
const CUMULATIVE: number[] = [];
YEAR_WEIGHTS.reduce((sum, weight, age) => (CUMULATIVE[age] = sum + weight), 0);

/** An age in [min, max] with the national age structure. */
export function sampleAge(random: Random, min: number, max: number): number {
  const lo = Math.max(0, min);
  const hi = Math.min(MAX_AGE, max);
  const below = lo > 0 ? (CUMULATIVE[lo - 1] ?? 0) : 0;
  const target = below + random.next() * ((CUMULATIVE[hi] ?? 0) - below);
  let first = lo;
  let last = hi;
  while (first < last) {
    const mid = (first + last) >> 1;
    if ((CUMULATIVE[mid] ?? 0) < target) first = mid + 1;
    else last = mid;
  }
  return first;
}

/** Women outlive men: the share of women among the elderly rises with age. */
export function femaleShareAtAge(age: number): number {
  if (age < 65) return 0.5;
  if (age < 75) return 0.52;
  if (age < 85) return 0.58;
  return 0.68;
}
