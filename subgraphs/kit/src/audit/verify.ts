/**
 * Verifies the audit chain and names every entry that was tampered with.
 *
 * Each row's hash is an HMAC over its predecessor's hash, its seq and its content, so without
 * the key a row verifies only exactly as the writer wrote it, at the seq it was written at.
 * The walk finds each row's *authentic* seq (the stored one, or a nearby one when rows were
 * renumbered) and compares the authentic sequence with 1, 2, 3 …:
 * - a row that verifies at no seq stands where an entry was (altered) or where none was
 *   (inserted, forged);
 * - an authentic seq that never turns up was deleted; one that turns up late was re-ordered;
 * - a cut tail leaves a valid chain, which only an anchor (anchor.ts) exposes: truncated.
 * A batch line's persons and households (side tables, subjects.ts) are part of what its hash
 * covers: a side row changed, added or removed makes its line `altered`; a side row whose line
 * does not exist at all is `inserted` (unless that line was deleted, which says it already).
 */
import type { Knex } from 'knex';
import { readAnchorFile } from './anchor';
import { chainHash, fromRow, GENESIS_HASH, type AuditEntryRow, type AuditHead, type SequencedAuditEntry } from './entry';
import { AUDIT_TABLE } from './migrations';
import { SideListReader } from './side-reader';

export type AuditProblemKind = 'altered' | 'deleted' | 'inserted' | 'forged' | 'truncated';

export interface AuditProblem {
  /** The entry concerned: the stored seq of a row, or the seq a deleted entry had. */
  seq: number;
  kind: AuditProblemKind;
  message: string;
}

export interface AuditVerification {
  ok: boolean;
  /** Rows read. */
  count: number;
  /** The last stored row. */
  head: AuditHead | null;
  problems: AuditProblem[];
  /** The anchor checked against, and where it came from; null when there was none. */
  anchor: (AuditHead & { source: 'option' | 'file' }) | null;
  /** A note for the reader: no anchor to check the tail against, or no entry verifying with this key. */
  notes: string[];
}

export interface VerifyOptions {
  /** A head recorded earlier (`--anchor seq:hash`); overrides the anchor file. */
  anchor?: AuditHead | null;
  /** The writer's anchor file, read when present and no `anchor` is given. */
  anchorFile?: string | null;
  /** Rows per page (default 2000 lines, 10000 side rows). */
  pageSize?: number;
}

/** How far from its stored seq a renumbered row's authentic seq is looked for. */
const RENUMBER_WINDOW = 8;
const short = (hash: string) => `${hash.slice(0, 12)}…`;

class ChainWalk {
  readonly problems: AuditProblem[] = [];
  private lastA = 0;
  private lastAHash = GENESIS_HASH;
  private shift = 0;
  /** Rows since the last authentic one that verify at no seq, and whether each links to the row before it. */
  private unauth: { row: AuditEntryRow; linked: boolean }[] = [];
  private readonly missing = new Set<number>();
  private previous: { hash: string; computed: string } = { hash: GENESIS_HASH, computed: GENESIS_HASH };
  authentic = 0;
  anchorHashSeen: string | undefined;

  constructor(private readonly key: string, private readonly anchor: AuditHead | null) {}

  private push(seq: number, kind: AuditProblemKind, message: string): void {
    this.problems.push({ seq, kind, message });
  }

  /** The seq at which the row verifies (`computed`: its hash at its stored seq), or null when it verifies at none. */
  private authenticSeq(row: AuditEntryRow, entry: SequencedAuditEntry, computed: string): number | null {
    if (computed === row.hash) return entry.seq;
    const candidates = [entry.seq - this.shift, this.lastA + 1 + this.unauth.length];
    for (let d = 1; d <= RENUMBER_WINDOW; d += 1) candidates.push(entry.seq - d, entry.seq + d);
    for (const seq of new Set(candidates)) {
      if (seq >= 1 && seq !== entry.seq && chainHash(this.key, row.prev_hash, { ...entry, seq }) === row.hash) return seq;
    }
    return null;
  }

  /** The next row in stored order, with the side lists stored for its seq. */
  add(row: AuditEntryRow, lists: Parameters<typeof fromRow>[1]): void {
    const entry = fromRow(row, lists);
    const computed = chainHash(this.key, row.prev_hash, entry);
    const seq = this.authenticSeq(row, entry, computed);
    if (seq === null) this.unauth.push({ row, linked: row.prev_hash === this.previous.hash || row.prev_hash === this.previous.computed });
    else if (seq <= this.lastA) this.outOfPlace(row, seq);
    else this.inPlace(row, seq);
    this.previous = { hash: row.hash, computed };
  }

  private outOfPlace(row: AuditEntryRow, seq: number): void {
    this.settleUnauthenticated(this.unauth.length);
    const where = `at seq ${Number(row.seq)}`;
    if (this.missing.delete(seq)) this.push(Number(row.seq), 'inserted', `entry ${seq} stands out of order ${where} (rows re-ordered) / 順序が入れ替えられています`);
    else this.push(Number(row.seq), 'inserted', `a second copy of entry ${seq} ${where} (duplicated or replayed row) / 重複した記録です`);
  }

  private inPlace(row: AuditEntryRow, seq: number): void {
    const stored = Number(row.seq);
    const gap = seq - this.lastA - 1;
    const before = this.problems.length;
    const altered = Math.min(this.unauth.length, gap);
    this.settleUnauthenticated(altered);
    for (let s = this.lastA + 1 + altered; s < seq; s += 1) this.missing.add(s);
    if (gap === 0 && row.prev_hash !== this.lastAHash) {
      this.push(stored, 'forged', `entry ${seq}'s prev_hash does not match entry ${this.lastA}: the chain was rewritten with the key / 鍵を用いて書き換えられています`);
    }
    const shift = stored - seq;
    if (shift !== this.shift && shift !== 0 && this.problems.length === before && altered === gap) {
      this.push(stored, 'altered', `entry ${seq} is stored as seq ${stored}: seq numbers were changed from here / 連番が書き換えられています`);
    }
    this.shift = shift;
    this.lastA = seq;
    this.lastAHash = row.hash;
    this.authentic += 1;
    if (this.anchor && seq === this.anchor.seq) this.anchorHashSeen = row.hash;
  }

  /** Rows that verify nowhere, before an authentic one: the first `altered` took entries' places, the rest were added. */
  private settleUnauthenticated(altered: number): void {
    this.unauth.forEach(({ row }, i) => {
      const seq = Number(row.seq);
      if (i < altered) this.push(seq, 'altered', `entry ${seq} does not match its hash (content or hash changed) / 内容またはハッシュが改ざんされています`);
      else this.push(seq, 'inserted', `the row at seq ${seq} was never written by the audit writer (hash mismatch; inserted) / 挿入された偽の記録です`);
    });
    this.unauth = [];
  }

  /** After the last row: trailing rows that verify nowhere, entries never seen, side rows of no line, and the anchor. */
  finish(orphans: readonly number[]): void {
    const covered = this.settleTail();
    for (const seq of this.missing) this.push(seq, 'deleted', `entry ${seq} is missing (deleted) / 記録 ${seq} が削除されています`);
    const anchor = this.anchor;
    // Side rows left behind by lines reported deleted or cut from the end say nothing new.
    const cutTo = anchor && covered < anchor.seq ? anchor.seq : covered;
    for (const seq of orphans) {
      if (this.missing.has(seq) || (seq > covered && seq <= cutTo)) continue;
      this.push(seq, 'inserted', `persons or households are recorded for entry ${seq}, which does not exist (side rows inserted, or their entry deleted) / 存在しない記録 ${seq} の対象者が記録されています`);
    }
    if (anchor && covered < anchor.seq) {
      this.push(covered + 1, 'truncated', `entries ${covered + 1}–${anchor.seq} are missing from the end: the anchor records seq ${anchor.seq} (${short(anchor.hash)}) / 末尾の記録 ${covered + 1}〜${anchor.seq} が削除されています`);
    } else if (anchor && this.anchorHashSeen !== undefined && this.anchorHashSeen !== anchor.hash) {
      this.push(anchor.seq, 'truncated', `entry ${anchor.seq} differs from the anchor (${short(anchor.hash)}): the chain was cut and appended to again / 末尾が削除され、その後に追記されています`);
    }
    this.problems.sort((a, b) => a.seq - b.seq);
  }

  /** Returns how far the chain reaches, counting trailing rows that stand where the anchor says entries were. */
  private settleTail(): number {
    let covered = this.lastA;
    for (const { row, linked } of this.unauth) {
      const seq = Number(row.seq);
      if (this.anchor && seq <= this.anchor.seq) {
        covered = Math.max(covered, seq);
        this.push(seq, 'altered', `entry ${seq} does not match its hash (content or hash changed) / 内容またはハッシュが改ざんされています`);
      } else if (linked && !this.anchor) {
        this.push(seq, 'altered', `entry ${seq} at the end of the chain does not match its hash: altered, or forged and appended / 改ざんまたは偽造された記録です`);
      } else {
        const why = linked ? 'and was added after the anchor' : 'nor link to the entry before it';
        this.push(seq, 'forged', `the row at seq ${seq} does not match its hash ${why} (forged) / 偽造された記録です`);
      }
    }
    this.unauth = [];
    return covered;
  }
}

async function* pages(db: Knex, pageSize: number): AsyncGenerator<AuditEntryRow[]> {
  let after: AuditHead | null = null;
  for (;;) {
    const from: AuditHead | null = after;
    const query = db(AUDIT_TABLE).select('*').orderBy([{ column: 'seq' }, { column: 'hash' }]).limit(pageSize);
    if (from) query.where((q) => q.where('seq', '>', from.seq).orWhere((same) => same.where('seq', from.seq).andWhere('hash', '>', from.hash)));
    const rows = (await query) as AuditEntryRow[];
    if (rows.length > 0) yield rows;
    const last = rows[rows.length - 1];
    if (!last || rows.length < pageSize) return;
    after = { seq: Number(last.seq), hash: last.hash };
  }
}

type AnchorChoice = { anchor: AuditVerification['anchor']; problems: AuditProblem[]; notes: string[] };

/** The anchor to check the tail against: the option, else the anchor file when present. */
function chooseAnchor(key: string, options: VerifyOptions): AnchorChoice {
  if (options.anchor) return { anchor: { ...options.anchor, source: 'option' }, problems: [], notes: [] };
  const file = options.anchorFile ? readAnchorFile(options.anchorFile, key) : ({ status: 'absent' } as const);
  if (file.status === 'valid') return { anchor: { seq: file.anchor.seq, hash: file.anchor.hash, source: 'file' }, problems: [], notes: [] };
  if (file.status === 'invalid') {
    return { anchor: null, problems: [{ seq: 0, kind: 'forged', message: `the anchor file ${options.anchorFile} is ${file.reason} / アンカーファイルが不正です` }], notes: [] };
  }
  return { anchor: null, problems: [], notes: ['no anchor: entries deleted from the end cannot be detected / アンカーがないため末尾の削除は検出できません'] };
}

/**
 * Walks the whole chain in seq order, a page at a time, and reports every problem with the
 * entry it concerns. `ok` only when there is none.
 */
export async function verifyAuditChain(db: Knex, key: string, options: VerifyOptions = {}): Promise<AuditVerification> {
  const { anchor, problems: anchorProblems, notes } = chooseAnchor(key, options);
  const walk = new ChainWalk(key, anchor);
  const sides = await SideListReader.open(db, options.pageSize ?? 10_000);
  let count = 0;
  let head: AuditHead | null = null;
  for await (const rows of pages(db, options.pageSize ?? 2000)) {
    const known = Number(rows[rows.length - 1]?.seq ?? 0);
    for (const row of rows) walk.add(row, await sides.take(Number(row.seq), known));
    count += rows.length;
    const last = rows[rows.length - 1];
    if (last) head = { seq: Number(last.seq), hash: last.hash };
  }
  walk.finish(await sides.orphans(head?.seq ?? 0));
  if (count > 0 && walk.authentic === 0) notes.push('no entry verifies with this key: is AUDIT_CHAIN_KEY the one the writer used? / どの記録も検証できません（AUDIT_CHAIN_KEY を確認してください）');
  const problems = [...anchorProblems, ...walk.problems];
  return { ok: problems.length === 0, count, head, problems, anchor, notes };
}
