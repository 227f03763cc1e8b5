import { describe, expect, it } from 'vitest';
import { addDays, describePeriod, formatAuditTime, isDay, jstDayStart, lastDays, periodVariables } from './period';

describe('audit periods in Japan time', () => {
  it('starts a day at 00:00 Japan time, i.e. 15:00 UTC the day before', () => {
    expect(jstDayStart('2025-10-01')).toBe('2025-09-30T15:00:00.000Z');
  });

  it('sends the last day inclusive as the next day’s start (to is exclusive)', () => {
    expect(periodVariables({ from: '2025-10-01', to: '2025-10-07' })).toEqual({ ok: true, from: '2025-09-30T15:00:00.000Z', to: '2025-10-07T15:00:00.000Z' });
    expect(periodVariables({ from: '2025-10-01', to: '2025-10-01' })).toEqual({ ok: true, from: '2025-09-30T15:00:00.000Z', to: '2025-10-01T15:00:00.000Z' });
  });

  it('leaves an open end open', () => {
    expect(periodVariables({ from: '', to: '' })).toEqual({ ok: true, from: null, to: null });
    expect(periodVariables({ from: '2025-12-31', to: '' })).toEqual({ ok: true, from: '2025-12-30T15:00:00.000Z', to: null });
  });

  it('refuses a day that does not exist and a period that runs backwards, in Japanese', () => {
    const bad = periodVariables({ from: '2025-02-30', to: '' });
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.message).toContain('日付ではありません');
    const backwards = periodVariables({ from: '2025-10-08', to: '2025-10-07' });
    expect(!backwards.ok && backwards.message).toContain('開始は終了');
    expect(isDay('2024-02-29')).toBe(true);
    expect(isDay('2025-02-29')).toBe(false);
    expect(isDay('2025-1-1')).toBe(false);
  });

  it('counts the last 7 days by the real clock in Japan time, today included', () => {
    // 2025-10-07 23:30 UTC is already 10月8日 in Japan.
    expect(lastDays(7, new Date('2025-10-07T23:30:00Z'))).toEqual({ from: '2025-10-02', to: '2025-10-08' });
    expect(addDays('2025-03-01', -1)).toBe('2025-02-28');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
  });

  it('describes a period in 和暦', () => {
    expect(describePeriod({ from: '2025-10-01', to: '2025-10-07' })).toBe('令和7年10月1日〜令和7年10月7日');
    expect(describePeriod({ from: '', to: '2025-10-07' })).toBe('記録の開始〜令和7年10月7日');
    expect(describePeriod({ from: '', to: '' })).toBe('全期間');
  });

  it('shows an audit line’s time in Japan time to the second', () => {
    expect(formatAuditTime('2025-09-30T15:00:05.120Z')).toBe('令和7年10月1日 00:00:05');
    expect(formatAuditTime('not a time')).toBe('not a time');
  });
});
