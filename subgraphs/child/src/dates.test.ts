import { describe, expect, it } from 'vitest';
import { ageAttainedOn, schoolYearEnd } from './dates';

describe('ageAttainedOn', () => {
  it('is the day before the birthday, across month and year ends', () => {
    expect(ageAttainedOn('2005-07-20', 20)).toBe('2025-07-19');
    expect(ageAttainedOn('2005-03-01', 20)).toBe('2025-02-28');
    expect(ageAttainedOn('2004-03-01', 20)).toBe('2024-02-29');
    expect(ageAttainedOn('2000-01-01', 20)).toBe('2019-12-31');
    expect(ageAttainedOn('2008-02-29', 18)).toBe('2026-02-28');
  });
});

describe('schoolYearEnd', () => {
  it('puts 1 April births in the earlier school year', () => {
    expect(schoolYearEnd('2007-04-01', 18)).toBe('2025-03-31');
    expect(schoolYearEnd('2007-04-02', 18)).toBe('2026-03-31');
    expect(schoolYearEnd('2008-03-31', 18)).toBe('2026-03-31');
  });
});
