import { setTimeout as sleep } from 'node:timers/promises';
import type { Knex } from 'knex';
import { insertChunked, isWriteConflict } from '../db';
import { chainHash, GENESIS_HASH, normaliseEntry, toRow, type AuditEntryInput, type AuditEntryRow, type AuditHead } from './entry';
import { AUDIT_TABLE } from './migrations';
import { sideRows, type AuditSideRow, type AuditSideTable } from './subjects';

/** How often an append re-reads the head after another process appended first. */
const ATTEMPTS = 8;

/** The chain's last entry, or null for an empty log. */
export async function readAuditHead(db: Knex | Knex.Transaction): Promise<AuditHead | null> {
  const row = (await db(AUDIT_TABLE).orderBy('seq', 'desc').first('seq', 'hash')) as Pick<AuditEntryRow, 'seq' | 'hash'> | undefined;
  return row ? { seq: Number(row.seq), hash: row.hash } : null;
}

/** What extending the chain writes: the lines, and the side rows of batch lines (per table). */
export interface ChainedRows {
  rows: AuditEntryRow[];
  sides: Map<AuditSideTable, AuditSideRow[]>;
}

/** The rows that extend `head` with `entries`, each hashed over the one before. */
export function chainRows(key: string, head: AuditHead | null, entries: readonly AuditEntryInput[]): ChainedRows {
  let seq = head?.seq ?? 0;
  let prevHash = head?.hash ?? GENESIS_HASH;
  // Assigned, not `{ ...entry, seq }`: V8 builds a spread followed by another property slowly.
  const sequenced = entries.map((input) => Object.assign(normaliseEntry(input), { seq: (seq += 1) }));
  const rows = sequenced.map((entry) => {
    const hash = chainHash(key, prevHash, entry);
    const row = toRow(entry, prevHash, hash);
    prevHash = hash;
    return row;
  });
  return { rows, sides: sideRows(sequenced) };
}

/**
 * Appends entries in one transaction: reads the head, inserts the entries after it, and the
 * side rows of batch lines with them. When another process appended between the read and the
 * insert, the primary key on `seq` refuses the insert and the append starts over from the new
 * head (a few times, with a short jittered pause). Returns the new head.
 */
export async function appendAuditEntries(db: Knex, key: string, entries: readonly AuditEntryInput[]): Promise<AuditHead | null> {
  if (entries.length === 0) return readAuditHead(db);
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await db.transaction(async (trx) => {
        const { rows, sides } = chainRows(key, await readAuditHead(trx), entries);
        await insertChunked(trx, AUDIT_TABLE, rows);
        for (const [side, sideRowsOf] of sides) await insertChunked(trx, side.table, sideRowsOf);
        const last = rows[rows.length - 1];
        return last ? { seq: last.seq, hash: last.hash } : null;
      });
    } catch (error) {
      if (attempt >= ATTEMPTS || !isWriteConflict(error)) throw error;
      await sleep(Math.random() * 5 * attempt);
    }
  }
}
