import { describe, expect, it } from 'vitest';
import { bodyDigit, checkDigit, withCheckDigit } from './numbers';

describe('registry numbers', () => {
  it('appends the modulus-11 check digit', () => {
    expect(withCheckDigit(123, 6)).toBe(`000123${checkDigit('000123')}`);
  });
  it('reads the body digits from the end, skipping the check digit', () => {
    const atenaNo = withCheckDigit(912_345, 9);
    expect([0, 1, 2, 5].map((fromEnd) => bodyDigit(atenaNo, fromEnd))).toEqual([5, 4, 3, 9]);
    expect(bodyDigit(atenaNo)).toBe(5);
    expect(bodyDigit('7', 3)).toBe(0);
  });
});
