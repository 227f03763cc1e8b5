import type { Knex } from 'knex';
import { inChunks, insertChunked } from '../db';
import { touchDepartment } from '../migrations';
import { today } from '../section';
import type { DeltaFormat, DeltaProblem, DeltaRowBase } from './format';
import { decodeDelta, readDelta, sha256 } from './read';

export type ImportResult =
  | { status: 'applied'; fileName: string; sha256: string; rows: number; applied: number; skipped: number }
  | { status: 'rejected'; fileName: string; problems: DeltaProblem[] };

export interface ImportOptions {
  /** 処理日; defaults to today (SC_TODAY). */
  today?: string;
}

class Rejected extends Error {
  constructor(readonly problems: DeltaProblem[]) {
    super('delta rejected');
  }
}

/** A row's identity for idempotency: the same 異動ID with other contents is a conflict, not a repeat. */
function digestOf(row: DeltaRowBase & Record<string, unknown>): string {
  const { line: _line, ...content } = row;
  return sha256(JSON.stringify(content, Object.keys(content).sort()));
}

async function appliedDigests(trx: Knex.Transaction, ids: readonly string[]): Promise<Map<string, string>> {
  const rows = await inChunks(ids, (chunk) => trx('delta_changes').whereIn('change_id', chunk).select<Array<{ change_id: string; digest: string }>>('change_id', 'digest'));
  return new Map(rows.map((row) => [row.change_id, row.digest]));
}

function conflicts(rows: ReadonlyArray<DeltaRowBase & Record<string, unknown>>, applied: Map<string, string>, digests: Map<number, string>): DeltaProblem[] {
  return rows
    .filter((row) => applied.has(row.changeId) && applied.get(row.changeId) !== digests.get(row.line))
    .map((row) => ({ line: row.line, column: '異動ID', ja: `異動ID「${row.changeId}」は別の内容で取込済みです。訂正は新しい異動IDで送ってください。`, en: `change id "${row.changeId}" was already applied with other contents; send a correction under a new id` }));
}

/**
 * Imports one delta file: every row is validated first and a file with any bad row is rejected
 * whole, with nothing written. A valid file is applied in one transaction; rows whose 異動ID was
 * applied before are skipped, so importing the same file twice changes nothing.
 */
export async function importDelta(db: Knex, format: DeltaFormat, bytes: Uint8Array, fileName: string, options: ImportOptions = {}): Promise<ImportResult> {
  const processedOn = options.today ?? today();
  const { rows, problems } = readDelta(format, decodeDelta(bytes), processedOn);
  if (problems.length > 0) return { status: 'rejected', fileName, problems };
  const fileSha = sha256(bytes);
  const digests = new Map(rows.map((row) => [row.line, digestOf(row)]));
  try {
    return await db.transaction(async (trx) => {
      const applied = await appliedDigests(trx, rows.map((row) => row.changeId));
      const conflicting = conflicts(rows, applied, digests);
      if (conflicting.length > 0) throw new Rejected(conflicting);
      const fresh = rows.filter((row) => !applied.has(row.changeId));
      const checked = (await format.check?.(trx, fresh as never, { processedOn })) ?? [];
      if (checked.length > 0) throw new Rejected(checked.sort((a, b) => a.line - b.line));
      const now = new Date().toISOString();
      if (fresh.length > 0) {
        await format.apply(trx, fresh as never, { processedOn });
        await insertChunked(trx, 'delta_changes', fresh.map((row) => ({ change_id: row.changeId, digest: digests.get(row.line) ?? '', file_sha256: fileSha, line: row.line, applied_at: now })));
        await touchDepartment(trx);
      }
      await trx('delta_imports').insert({ file_name: fileName.slice(-255), file_sha256: fileSha, row_count: rows.length, applied: fresh.length, skipped: rows.length - fresh.length, imported_at: now });
      return { status: 'applied' as const, fileName, sha256: fileSha, rows: rows.length, applied: fresh.length, skipped: rows.length - fresh.length };
    });
  } catch (error) {
    if (error instanceof Rejected) return { status: 'rejected', fileName, problems: error.problems };
    throw error;
  }
}

/** The problems of a rejected file, one line each, Japanese then English. */
export function formatProblems(problems: readonly DeltaProblem[]): string[] {
  return problems.map((problem) => `${problem.line}行目${problem.column ? `「${problem.column}」` : ''}: ${problem.ja} / line ${problem.line}: ${problem.en}`);
}
