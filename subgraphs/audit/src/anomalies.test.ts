import { describe, expect, it } from 'vitest';
import { BulkLookupDetector, nightPeriods } from './anomalies';
import type { LookupRow } from './data/anomalies';

describe('nightPeriods', () => {
  it('gives each night 22:00–06:00 Japan time as UTC, clipped to the period', () => {
    expect(nightPeriods('2025-10-01T00:00:00.000Z', '2025-10-02T15:00:00.000Z')).toEqual([
      ['2025-10-01T13:00:00.000Z', '2025-10-01T21:00:00.000Z'],
      ['2025-10-02T13:00:00.000Z', '2025-10-02T15:00:00.000Z'],
    ]);
  });

  it('includes the night still running when the period starts', () => {
    // 2025-10-01T19:00Z is 04:00 on 2 October in Japan: the night of 1 October.
    expect(nightPeriods('2025-10-01T19:00:00.000Z', '2025-10-01T22:00:00.000Z')).toEqual([['2025-10-01T19:00:00.000Z', '2025-10-01T21:00:00.000Z']]);
  });
});

describe('BulkLookupDetector', () => {
  const rows = (staffId: string, start: string, persons: number, stepSeconds: number, repeat = 1): LookupRow[] =>
    Array.from({ length: persons * repeat }, (_, i) => ({ staff_id: staffId, at: new Date(Date.parse(start) + i * stepSeconds * 1000).toISOString(), atena_no: String(500000000 + (i % persons)), seq: i + 1 }));
  const detect = (all: LookupRow[], bulk = { distinctPersons: 30, windowMinutes: 10 }) => {
    const detector = new BulkLookupDetector(bulk);
    for (const row of all) detector.add(row);
    detector.reset();
    return detector.episodes.map((e) => [e.staffId, e.persons.size, e.firstAt, e.lastAt]);
  };

  it('flags more than 30 distinct persons within 10 minutes as one episode', () => {
    expect(detect(rows('cw009', '2025-10-01T01:00:00.000Z', 40, 10))).toEqual([['cw009', 40, '2025-10-01T01:00:00.000Z', '2025-10-01T01:06:30.000Z']]);
  });

  it('does not flag the same few persons read again and again, nor a steady pace', () => {
    expect(detect(rows('cw009', '2025-10-01T01:00:00.000Z', 5, 1, 40))).toEqual([]);
    expect(detect(rows('cw009', '2025-10-01T01:00:00.000Z', 100, 30))).toEqual([]);
  });

  it('keeps staff members apart', () => {
    expect(detect([...rows('cw008', '2025-10-01T01:00:00.000Z', 20, 5), ...rows('cw009', '2025-10-01T01:00:00.000Z', 20, 5)])).toEqual([]);
  });
});
