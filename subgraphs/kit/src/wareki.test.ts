import { describe, expect, it } from 'vitest';
import { warekiFiscalYear, warekiYear } from './wareki';

describe('wareki', () => {
  it('labels fiscal years in the Japanese era', () => {
    expect(warekiFiscalYear(2025)).toBe('令和7年度');
    expect(warekiFiscalYear(2018)).toBe('平成30年度');
    expect(warekiFiscalYear(2024)).toBe('令和6年度');
  });
  it('names a year in the era it ends in', () => {
    expect(warekiYear(2019)).toBe('令和元年');
    expect(warekiYear(1989)).toBe('平成元年');
    expect(warekiYear(1988)).toBe('昭和63年');
  });
});
