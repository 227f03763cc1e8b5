/**
 * Anchors: the chain's head written somewhere other than the chain.
 *
 * Each entry carries the hash of the one before, so altering, deleting or inserting a row in
 * the middle breaks the chain. Deleting the LAST rows does not: what remains is a shorter,
 * perfectly valid chain. Only a record of how far the chain once reached can tell. The writer
 * keeps that record in a small file (`AUDIT_ANCHOR_FILE`, `.data/audit-anchor.json` by default)
 * at most once a second and on close; `verifyAuditChain` reads it and reports the chain
 * `truncated` when its head is below the anchor or the entry at the anchor's seq differs.
 *
 * The anchor carries an HMAC under the chain key, so it cannot be edited to match a cut chain
 * without the key. It can still be deleted along with the rows: in production keep a copy out
 * of reach of the database's administrators (another host, WORM storage, or the log shipping
 * the writer's `audit anchor` lines), and verify with `--anchor seq:hash` from that copy.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Knex } from 'knex';
import { z } from 'zod';
import type { Logger } from '../logger';
import type { AuditHead } from './entry';
import { AUDIT_TABLE } from './migrations';

export interface AuditAnchor extends AuditHead {
  /** When the anchor was written. */
  at: string;
  /** HMAC-SHA256(key, `seq:hash:at`), hex. */
  mac: string;
}

const anchorSchema = z.object({ seq: z.number().int().nonnegative(), hash: z.string().regex(/^[0-9a-f]{64}$/), at: z.string(), mac: z.string() });

export function anchorMac(key: string, anchor: AuditHead & { at: string }): string {
  return createHmac('sha256', key).update(`${anchor.seq}:${anchor.hash}:${anchor.at}`).digest('hex');
}

function macMatches(key: string, anchor: AuditAnchor): boolean {
  const expected = Buffer.from(anchorMac(key, anchor), 'hex');
  const given = Buffer.from(anchor.mac, 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** What the anchor file says: absent, unreadable or forged (MAC does not match), or an anchor. */
export type AnchorFile = { status: 'absent' } | { status: 'invalid'; reason: string } | { status: 'valid'; anchor: AuditAnchor };

function anchorOf(text: string, key: string): AnchorFile {
  let parsed: z.infer<typeof anchorSchema>;
  try {
    parsed = anchorSchema.parse(JSON.parse(text));
  } catch (error) {
    return { status: 'invalid', reason: `unreadable (${(error as Error).message.split('\n')[0]})` };
  }
  return macMatches(key, parsed) ? { status: 'valid', anchor: parsed } : { status: 'invalid', reason: 'its MAC does not match (edited, or written with another AUDIT_CHAIN_KEY)' };
}

export function readAnchorFile(file: string, key: string): AnchorFile {
  if (!existsSync(file)) return { status: 'absent' };
  return anchorOf(readFileSync(file, 'utf8'), key);
}

/** readAnchorFile off the event loop: the writer keeps its anchor while requests are being answered. */
async function readAnchorFileAsync(file: string, key: string): Promise<AnchorFile> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { status: 'absent' };
    throw error;
  }
  return anchorOf(text, key);
}

/**
 * Writes the anchor atomically (temporary file, then rename), so a reader never sees half of it;
 * with the file system's promises, so the writes and the rename leave the event loop free.
 */
export async function writeAnchorFile(file: string, key: string, head: AuditHead, at = new Date().toISOString()): Promise<AuditAnchor> {
  const anchor: AuditAnchor = { seq: head.seq, hash: head.hash, at, mac: anchorMac(key, { ...head, at }) };
  await mkdir(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, `${JSON.stringify(anchor, null, 2)}\n`);
  await rename(temporary, file);
  return anchor;
}

/**
 * Moves the anchor forward to `head`, never back, and never past a chain that no longer holds
 * the current anchor: a chain cut and appended to again would otherwise get a fresh anchor that
 * hides the cut. Such a chain leaves the anchor as it is (the evidence) and is logged as an error.
 */
export async function advanceAnchor(db: Knex, file: string, key: string, head: AuditHead, logger: Logger): Promise<void> {
  const current = await readAnchorFileAsync(file, key);
  if (current.status === 'invalid') {
    logger.error({ file, reason: current.reason }, 'audit anchor file is invalid; left as it is (run npm run audit:verify)');
    return;
  }
  if (current.status === 'valid') {
    const { anchor } = current;
    if (anchor.seq >= head.seq) return;
    const row = (await db(AUDIT_TABLE).where({ seq: anchor.seq }).first('hash')) as { hash: string } | undefined;
    if (anchor.seq > 0 && row?.hash !== anchor.hash) {
      logger.error({ file, anchor: { seq: anchor.seq, hash: anchor.hash }, head }, 'audit chain no longer holds its anchor (entries deleted or rewritten); anchor kept as evidence (run npm run audit:verify)');
      return;
    }
  }
  const written = await writeAnchorFile(file, key, head);
  logger.info({ auditAnchor: { seq: written.seq, hash: written.hash, at: written.at } }, 'audit anchor');
}
