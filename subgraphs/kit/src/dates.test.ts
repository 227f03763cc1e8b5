import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  addYears,
  ageAttainedOn,
  ageOn,
  daysBetween,
  effectiveOn,
  endOfHighSchoolYears,
  endOfMonth,
  firstOfMonth,
  firstOfNextMonth,
  fiscalYearOf,
  fiscalYearStart,
  fromDays,
  schoolYearEnd,
  toDays,
} from './dates';

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
    expect(fiscalYearStart(fiscalYearOf('2026-03-31'))).toBe('2025-04-01');
  });
  it('finds the first of the month and of the next month', () => {
    expect(firstOfMonth('2025-02-28')).toBe('2025-02-01');
    expect(firstOfNextMonth('2025-12-31')).toBe('2026-01-01');
    expect(endOfMonth('2100-02-01')).toBe('2100-02-28');
  });
  it('counts whole days as the calendar does, every day from 1899 to 2101', () => {
    const DAY_MS = 86_400_000;
    const wrong: string[] = [];
    for (let time = Date.UTC(1899, 0, 1); time <= Date.UTC(2101, 11, 31); time += DAY_MS) {
      const iso = new Date(time).toISOString().slice(0, 10);
      if (toDays(iso) !== time / DAY_MS || fromDays(time / DAY_MS) !== iso) wrong.push(iso);
    }
    expect(wrong).toEqual([]);
  });
  it('looks up the parameters in force on a date', () => {
    const table = [{ from: '2025-04-01', amount: 2 }, { from: '2024-04-01', amount: 1 }];
    expect(effectiveOn(table, '2025-03-31').amount).toBe(1);
    expect(effectiveOn(table, '2025-04-01').amount).toBe(2);
    expect(effectiveOn(table, '2020-01-01').amount).toBe(1);
  });
});

describe('ageOn', () => {
  it('counts a year on the birthday, not the day before', () => {
    expect(ageOn('1960-10-01', '2025-10-01')).toBe(65);
    expect(ageOn('1960-10-02', '2025-10-01')).toBe(64);
    expect(ageOn('2008-02-29', '2026-02-28')).toBe(17);
  });
});

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
    expect(endOfHighSchoolYears('2007-04-01')).toBe('2025-03-31');
    expect(endOfHighSchoolYears('2007-04-02')).toBe('2026-03-31');
  });
  it('is the first 31 March on or after the day the age is attained, for every birthday of a leap year', () => {
    for (let day = toDays('2008-01-01'); day <= toDays('2008-12-31'); day++) {
      const birthDate = fromDays(day);
      const attained = ageAttainedOn(birthDate, 22);
      const march = `${attained.slice(0, 4)}-03-31`;
      expect(schoolYearEnd(birthDate, 22), birthDate).toBe(attained <= march ? march : `${Number(attained.slice(0, 4)) + 1}-03-31`);
    }
  });
});
