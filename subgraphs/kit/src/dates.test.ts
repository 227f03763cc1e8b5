import { describe, expect, it } from 'vitest';
import { addDays, addMonths, addYears, daysBetween, effectiveOn, endOfMonth, fiscalYearOf } from './dates';

describe('dates', () => {
  it('adds days across months and years', () => {
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2025-03-01', -1)).toBe('2025-02-28');
  });
  it('adds months clamping to the month end', () => {
    expect(addMonths('2025-01-31', 1)).toBe('2025-02-28');
    expect(addMonths('2025-10-01', -3)).toBe('2025-07-01');
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
  });
  it('finds the month end, the day count and the fiscal year', () => {
    expect(endOfMonth('2024-02-10')).toBe('2024-02-29');
    expect(daysBetween('2025-10-01', '2025-11-30')).toBe(60);
    expect(daysBetween('2025-10-01', '2025-09-30')).toBe(-1);
    expect(fiscalYearOf('2026-03-31')).toBe(2025);
    expect(fiscalYearOf('2025-04-01')).toBe(2025);
  });
  it('looks up the parameters in force on a date', () => {
    const table = [{ from: '2025-04-01', amount: 2 }, { from: '2024-04-01', amount: 1 }];
    expect(effectiveOn(table, '2025-03-31').amount).toBe(1);
    expect(effectiveOn(table, '2025-04-01').amount).toBe(2);
    expect(effectiveOn(table, '2020-01-01').amount).toBe(1);
  });
});
