import { readFileSync } from 'node:fs';
import type { Knex } from 'knex';
import { expect } from 'vitest';
import type { City } from '../city/types';
import { deltaHeaders, type DeltaFormat, type DeltaProblem } from '../delta/format';
import { importDelta, type ImportOptions, type ImportResult } from '../delta/import';
import { writeDeltaCsv } from '../delta/read';
import type { DeltaRecord, WatchedPerson } from '../delta/simulation';

/** Records keyed by Japanese header as the bytes of a delta file (UTF-8 with BOM). */
export function deltaBytes(format: DeltaFormat, records: readonly DeltaRecord[]): Uint8Array {
  return new TextEncoder().encode(writeDeltaCsv(format, records));
}

/** Imports records keyed by Japanese header as one file. */
export function importRecords(db: Knex, format: DeltaFormat, records: readonly DeltaRecord[], options: ImportOptions = {}): Promise<ImportResult> {
  return importDelta(db, format, deltaBytes(format, records), 'test.csv', options);
}

/** Imports CSV lines written as a business system would, under the format's header line. */
export function importCsv(db: Knex, format: DeltaFormat, lines: readonly string[], options: ImportOptions = {}): Promise<ImportResult> {
  const text = [deltaHeaders(format).join(','), ...lines].join('\r\n');
  return importDelta(db, format, new TextEncoder().encode(text), 'test.csv', options);
}

/** Imports a file as it lies on disk (a department's deltas/bad.csv), under its own name. */
export function importFile(db: Knex, format: DeltaFormat, file: URL, options: ImportOptions = {}): Promise<ImportResult> {
  return importDelta(db, format, readFileSync(file), file.pathname.split('/').pop() ?? 'file.csv', options);
}

/**
 * Asserts that a file was rejected with problems on exactly these lines (each line once, in
 * order), every problem told in Japanese and English; returns the problems for closer checks.
 */
export function expectRejected(result: ImportResult, lines: readonly number[]): DeltaProblem[] {
  expect(result.status).toBe('rejected');
  const problems = result.status === 'rejected' ? result.problems : [];
  expect([...new Set(problems.map((p) => p.line))]).toEqual(lines);
  for (const problem of problems) expect(problem.ja.length * problem.en.length).toBeGreaterThan(0);
  return problems;
}

/** Runs `action` and asserts that `read` (the tables or sections it may touch) is the same afterwards. */
export async function expectUnchanged<T>(read: () => Promise<unknown>, action: () => Promise<T>): Promise<T> {
  const before = await read();
  const result = await action();
  expect(await read()).toEqual(before);
  return result;
}

/** The members of a test city's households on assistance or applying, with their caseworker: a simulation's `watched`. */
export function watchedOf(city: Pick<City, 'households'>): WatchedPerson[] {
  return city.households.flatMap((h) => {
    const caseworkerId = (h.assistance ?? h.application)?.caseworkerId;
    return caseworkerId ? h.memberAtenaNos.map((atenaNo) => ({ atenaNo, householdNo: h.householdNo, caseworkerId })) : [];
  });
}
