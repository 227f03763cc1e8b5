import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createDb, type DbSettings, type Knex } from '../db';
import { createLogger } from '../logger';
import { sampleAuditEntries, sampleAuditEntry, sampleBatchEntry, openTestAuditDb } from '../testing/audit';
import { testDatabases } from '../testing/databases';
import { readAnchorFile } from './anchor';
import { DEV_AUDIT_CHAIN_KEY } from './config';
import { AUDIT_TABLE } from './migrations';
import { AUDIT_SUBJECTS_TABLE } from './subjects';
import { verifyAuditChain } from './verify';
import { createAuditWriter } from './writer';

const KEY = DEV_AUDIT_CHAIN_KEY;
const logger = createLogger('test-audit');
const scratch = mkdtempSync(join(tmpdir(), 'sc-audit-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
let files = 0;
const scratchFile = (name: string) => join(scratch, `${(files += 1)}-${name}`);

for (const database of await testDatabases()) {
  describe.skipIf(database.skipReason !== null)(`the audit writer on ${database.dialect}`, () => {
    let settings: DbSettings;
    let db: Knex;
    let close = async () => {};

    beforeAll(async () => {
      // Two connections must see the same SQLite database: a file, not `:memory:`.
      ({ db, settings, close } = await openTestAuditDb(database, (created) => (database.dialect === 'sqlite' ? { client: 'better-sqlite3', url: scratchFile('audit.sqlite') } : created)));
    });
    afterAll(() => close());
    beforeEach(async () => {
      await db(AUDIT_TABLE).delete();
      await db(AUDIT_SUBJECTS_TABLE).delete();
    });

    it('commits concurrent callers together, each caller resolved once its entries are in', async () => {
      const writer = createAuditWriter({ db, key: KEY, logger });
      await Promise.all(Array.from({ length: 60 }, (_, i) => writer.append(sampleAuditEntries(1 + (i % 3), i * 3 + 1))));
      // The first caller's transaction alone, then the other 59 together (up to 500 rows each).
      expect(writer.commits).toBe(2);
      const result = await verifyAuditChain(db, KEY);
      expect(result).toMatchObject({ ok: true, count: 120 });
      expect(writer.head).toEqual(result.head);
      await writer.close();
      await expect(writer.append(sampleAuditEntries(1))).rejects.toThrow(/closed/);
    });

    it('counts a batch line\'s persons toward a transaction\'s size, and commits them with their line', async () => {
      const writer = createAuditWriter({ db, key: KEY, logger, maxBatch: 20 });
      const persons = (i: number) => Array.from({ length: 15 }, (_, p) => String(600000000 + i * 100 + p));
      await Promise.all([...Array.from({ length: 4 }, (_, i) => writer.append([sampleBatchEntry(i + 1, persons(i))])), writer.append(sampleAuditEntries(3, 10))]);
      await writer.close();
      // Four callers of 16 rows and one of 3: no two batch callers fit in 20 rows together.
      expect(writer.commits).toBe(4);
      expect(Number((await db(AUDIT_SUBJECTS_TABLE).count({ n: '*' }).first())?.n)).toBe(60);
      expect(await verifyAuditChain(db, KEY)).toMatchObject({ ok: true, count: 7 });
    });

    it('fails only the caller whose entry cannot be stored', async () => {
      const writer = createAuditWriter({ db, key: KEY, logger });
      const bad = writer.append([sampleAuditEntry(1, { at: 'yesterday' })]);
      const good = writer.append(sampleAuditEntries(2));
      await expect(bad).rejects.toThrow(/not a date-time/);
      await expect(good).resolves.toBeUndefined();
      await writer.close();
    });

    it('keeps one valid chain when two processes (two connections) append at once', async () => {
      const other = createDb(settings);
      try {
        const writers = [createAuditWriter({ db, key: KEY, logger, maxBatch: 5 }), createAuditWriter({ db: other, key: KEY, logger, maxBatch: 5 })];
        await Promise.all(Array.from({ length: 40 }, (_, i) => writers[i % 2]?.append(sampleAuditEntries(2, i * 2 + 1))));
        await Promise.all(writers.map((w) => w.close()));
        expect(await verifyAuditChain(db, KEY)).toMatchObject({ ok: true, count: 80, head: { seq: 80 } });
      } finally {
        await other.destroy();
      }
    });

    it('writes the anchor on close, and keeps it when the chain was cut behind its back', async () => {
      const anchorFile = scratchFile('anchor.json');
      const first = createAuditWriter({ db, key: KEY, logger, anchorFile, anchorIntervalMs: 60_000 });
      for (let i = 0; i < 5; i += 1) await first.append(sampleAuditEntries(2, i * 2 + 1));
      await first.close();
      const anchored = readAnchorFile(anchorFile, KEY);
      expect(anchored).toMatchObject({ status: 'valid', anchor: { seq: 10, hash: first.head?.hash } });

      await db(AUDIT_TABLE).where('seq', '>', 7).delete();
      const second = createAuditWriter({ db, key: KEY, logger, anchorFile });
      await second.append(sampleAuditEntries(6, 100));
      await second.close();
      expect(readAnchorFile(anchorFile, KEY)).toEqual(anchored);
      const result = await verifyAuditChain(db, KEY, { anchorFile });
      expect(result.anchor).toMatchObject({ seq: 10, source: 'file' });
      expect(result.problems.map((p) => [p.seq, p.kind])).toEqual([[10, 'truncated']]);
    });

    it('reports an anchor file that was edited', async () => {
      const anchorFile = scratchFile('anchor.json');
      const writer = createAuditWriter({ db, key: KEY, logger, anchorFile });
      await writer.append(sampleAuditEntries(3));
      await writer.close();
      const anchor = readAnchorFile(anchorFile, KEY);
      if (anchor.status !== 'valid') throw new Error('no anchor written');
      writeFileSync(anchorFile, JSON.stringify({ ...anchor.anchor, seq: 2 }));
      const result = await verifyAuditChain(db, KEY, { anchorFile });
      expect(result.problems.map((p) => [p.seq, p.kind])).toEqual([[0, 'forged']]);
      expect(result.problems[0]?.message).toMatch(/MAC/);
    });
  });
}
