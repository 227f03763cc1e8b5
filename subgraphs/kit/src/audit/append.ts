import { setTimeout as sleep } from 'node:timers/promises';
import type { Knex } from 'knex';
import { insertChunked, isSqlite, isWriteConflict, onSqliteConnection, type SqliteConnection } from '../db';
import { chainHash, GENESIS_HASH, normaliseEntry, toRow, type AuditEntryInput, type AuditEntryRow, type AuditHead } from './entry';
import { AUDIT_TABLE } from './migrations';
import { AUDIT_SIDE_TABLES, sideRows, type AuditSideRow, type AuditSideTable } from './subjects';

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
  // A copy with its seq (the entry normaliseEntry returns may be the caller's own), assigned: V8
  // builds a spread followed by another property slowly.
  const sequenced = entries.map((input) => Object.assign({}, normaliseEntry(input), { seq: (seq += 1) }));
  const rows = sequenced.map((entry) => {
    const hash = chainHash(key, prevHash, entry);
    const row = toRow(entry, prevHash, hash);
    prevHash = hash;
    return row;
  });
  return { rows, sides: sideRows(sequenced) };
}

/** The columns of a stored line, in one place: the compiler checks that none is missing. */
const ROW_COLUMNS = Object.keys({
  seq: true, at: true, request_id: true, staff_id: true, role: true, division: true, client_address: true, user_agent: true, operation_name: true,
  purpose: true, atena_no: true, household_no: true, department: true, fields: true, outcome: true, code: true, reason: true, prev_hash: true, hash: true,
} satisfies Record<keyof AuditEntryRow, true>);

type SqliteAppend = (key: string, entries: readonly AuditEntryInput[]) => AuditHead | null;
const sqliteAppends = new WeakMap<SqliteConnection, SqliteAppend>();

/**
 * The append on the embedded database: statements prepared once per connection, run by
 * better-sqlite3 in one `BEGIN IMMEDIATE` transaction (the write lock first, so no other
 * process can append between the head's read and the inserts). A household's list writes eight
 * lines and some thirty side rows per request; knex's query builder added markedly to that.
 */
function sqliteAppend(conn: SqliteConnection): SqliteAppend {
  let append = sqliteAppends.get(conn);
  if (append) return append;
  const head = conn.prepare(`select seq, hash from ${AUDIT_TABLE} order by seq desc limit 1`);
  const line = conn.prepare(`insert into ${AUDIT_TABLE} (${ROW_COLUMNS.join(', ')}) values (${ROW_COLUMNS.map((c) => `@${c}`).join(', ')})`);
  const sides = new Map(AUDIT_SIDE_TABLES.map((side) => [side, conn.prepare(`insert into ${side.table} (seq, ${side.column}) values (@seq, @${side.column})`)] as const));
  const transaction = conn.transaction((key: string, entries: readonly AuditEntryInput[]): AuditHead | null => {
    const last = head.get() as Pick<AuditEntryRow, 'seq' | 'hash'> | undefined;
    const { rows, sides: sideRowsOf } = chainRows(key, last ? { seq: Number(last.seq), hash: last.hash } : null, entries);
    for (const row of rows) line.run(row);
    for (const [side, rowsOfSide] of sideRowsOf) {
      const insert = sides.get(side);
      for (const row of rowsOfSide) insert?.run(row);
    }
    const final = rows[rows.length - 1];
    return final ? { seq: final.seq, hash: final.hash } : null;
  });
  append = (key, entries) => transaction.immediate(key, entries);
  sqliteAppends.set(conn, append);
  return append;
}

/** The append on any dialect through knex: read the head, insert after it; the primary key on `seq` refuses a racing writer. */
async function knexAppend(db: Knex, key: string, entries: readonly AuditEntryInput[]): Promise<AuditHead | null> {
  return db.transaction(async (trx) => {
    const { rows, sides } = chainRows(key, await readAuditHead(trx), entries);
    await insertChunked(trx, AUDIT_TABLE, rows);
    for (const [side, sideRowsOf] of sides) await insertChunked(trx, side.table, sideRowsOf);
    const last = rows[rows.length - 1];
    return last ? { seq: last.seq, hash: last.hash } : null;
  });
}

/**
 * Appends entries in one transaction: reads the head, inserts the entries after it, and the
 * side rows of batch lines with them. When another process appended between the read and the
 * insert, the primary key on `seq` refuses the insert (or SQLite stays busy past its timeout)
 * and the append starts over from the new head (a few times, with a short jittered pause).
 * Returns the new head.
 */
export async function appendAuditEntries(db: Knex, key: string, entries: readonly AuditEntryInput[]): Promise<AuditHead | null> {
  if (entries.length === 0) return readAuditHead(db);
  for (let attempt = 1; ; attempt += 1) {
    try {
      if (isSqlite(db)) return await onSqliteConnection(db, (conn) => sqliteAppend(conn)(key, entries));
      return await knexAppend(db, key, entries);
    } catch (error) {
      if (attempt >= ATTEMPTS || !isWriteConflict(error)) throw error;
      await sleep(Math.random() * 5 * attempt);
    }
  }
}
