import type { Knex } from 'knex';
import type { Logger } from '../logger';
import { advanceAnchor } from './anchor';
import { appendAuditEntries } from './append';
import { normaliseEntry, type AuditEntryInput, type AuditHead } from './entry';
import { entryWeight } from './subjects';

export interface AuditWriterOptions {
  /** The audit database, migrated (`auditMigrations`). The writer does not destroy it. */
  db: Knex;
  /** The chain's HMAC key (AUDIT_CHAIN_KEY). */
  key: string;
  logger: Logger;
  /**
   * Most rows per transaction (default 500): a line counts one, plus one per person or household
   * a batch line names. One caller's entries are never split.
   */
  maxBatch?: number;
  /** Where to keep the chain's anchor (see anchor.ts); none when absent. */
  anchorFile?: string | null;
  /** Least time between two anchor writes, in ms (default 1000); close() always writes one. */
  anchorIntervalMs?: number;
}

export interface AuditWriter {
  /** Resolves once `entries` are committed; rejects when they could not be written. */
  append(entries: readonly AuditEntryInput[]): Promise<void>;
  /** Resolves once everything appended so far is committed and the anchor is up to date. */
  flush(): Promise<void>;
  /** Flushes, then refuses further appends. */
  close(): Promise<void>;
  /** The last head this writer committed. */
  readonly head: AuditHead | null;
  /** Transactions this writer committed (group commit: fewer than the callers it served). */
  readonly commits: number;
}

interface Pending {
  entries: readonly AuditEntryInput[];
  /** Rows the entries write (entryWeight). */
  weight: number;
  resolve(): void;
  reject(error: unknown): void;
}

/**
 * Group commit: while one transaction is in flight, callers queue up, and the next transaction
 * takes all of them (up to `maxBatch` entries), so a busy gateway pays one commit for many
 * requests. One transaction at a time per writer: the process never races itself for `seq`.
 */
export function createAuditWriter(options: AuditWriterOptions): AuditWriter {
  const { db, key, logger } = options;
  const maxBatch = options.maxBatch ?? 500;
  const anchor = options.anchorFile ? createAnchorKeeper(db, options.anchorFile, key, logger, options.anchorIntervalMs ?? 1000) : null;
  const queue: Pending[] = [];
  const idle: (() => void)[] = [];
  let draining = false;
  let closed = false;
  let head: AuditHead | null = null;
  let commits = 0;

  function takeBatch(): Pending[] {
    const batch: Pending[] = [];
    let size = 0;
    while (queue.length > 0 && (batch.length === 0 || size + (queue[0]?.weight ?? 0) <= maxBatch)) {
      const next = queue.shift() as Pending;
      batch.push(next);
      size += next.weight;
    }
    return batch;
  }

  async function drain(): Promise<void> {
    try {
      while (queue.length > 0) {
        const batch = takeBatch();
        try {
          const committed = await appendAuditEntries(db, key, batch.flatMap((p) => p.entries));
          commits += 1;
          if (committed) {
            head = committed;
            anchor?.note(committed);
          }
          for (const p of batch) p.resolve();
        } catch (error) {
          logger.error({ err: error, entries: batch.reduce((n, p) => n + p.entries.length, 0) }, 'audit entries could not be written');
          for (const p of batch) p.reject(error);
        }
      }
    } finally {
      // Set in the same turn as the empty-queue check, so a caller arriving next starts a new drain.
      draining = false;
      for (const resolve of idle.splice(0)) resolve();
    }
  }

  async function flush(): Promise<void> {
    if (draining) await new Promise<void>((resolve) => idle.push(resolve));
    await anchor?.flush();
  }

  return {
    append(entries) {
      if (closed) return Promise.reject(new Error('the audit writer is closed'));
      if (entries.length === 0) return Promise.resolve();
      let normalised: AuditEntryInput[];
      try {
        // Here rather than in the transaction, so one caller's bad entry fails that caller alone.
        normalised = entries.map(normaliseEntry);
      } catch (error) {
        return Promise.reject(error);
      }
      return new Promise<void>((resolve, reject) => {
        queue.push({ entries: normalised, weight: normalised.reduce((n, e) => n + entryWeight(e), 0), resolve, reject });
        if (!draining) {
          draining = true;
          void drain();
        }
      });
    },
    flush,
    async close() {
      closed = true;
      await flush();
      anchor?.stop();
    },
    get head() {
      return head;
    },
    get commits() {
      return commits;
    },
  };
}

/** Writes the newest head to the anchor file at most every `intervalMs`, one write at a time. */
function createAnchorKeeper(db: Knex, file: string, key: string, logger: Logger, intervalMs: number) {
  let latest: AuditHead | null = null;
  let written: AuditHead | null = null;
  let lastWriteAt = 0;
  let timer: NodeJS.Timeout | null = null;
  let work: Promise<void> = Promise.resolve();

  function write(): Promise<void> {
    if (timer) clearTimeout(timer);
    timer = null;
    work = work.then(async () => {
      const target = latest;
      if (!target || target.seq === written?.seq) return;
      lastWriteAt = Date.now();
      try {
        await advanceAnchor(db, file, key, target, logger);
        written = target;
      } catch (error) {
        logger.error({ err: error, file }, 'audit anchor could not be written');
      }
    });
    return work;
  }

  return {
    note(head: AuditHead) {
      latest = head;
      const wait = lastWriteAt + intervalMs - Date.now();
      if (wait <= 0) void write();
      else if (!timer) timer = setTimeout(() => void write(), wait).unref();
    },
    flush: write,
    stop() {
      if (timer) clearTimeout(timer);
      timer = null;
    },
  };
}
