import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Knex } from '../db';
import { testDatabases } from '../testing/databases';
import { sampleAuditEntries, sampleAuditEntry, openTestAuditDb } from '../testing/audit';
import { appendAuditEntries, readAuditHead } from './append';
import { DEV_AUDIT_CHAIN_KEY } from './config';
import { chainHash, fromRow, GENESIS_HASH, type AuditEntryRow, type AuditHead } from './entry';
import { AUDIT_TABLE } from './migrations';
import { verifyAuditChain, type AuditProblem } from './verify';

const KEY = DEV_AUDIT_CHAIN_KEY;
const kinds = (problems: readonly AuditProblem[]) => problems.map((p) => [p.seq, p.kind]);
const madeUpHash = () => randomBytes(32).toString('hex');

for (const database of await testDatabases()) {
  describe.skipIf(database.skipReason !== null)(`the audit chain on ${database.dialect}`, () => {
    let db: Knex;
    let close = async () => {};
    let head: AuditHead;
    const rowAt = async (seq: number) => (await db(AUDIT_TABLE).where({ seq }).first()) as AuditEntryRow;
    const verify = (anchor?: AuditHead) => verifyAuditChain(db, KEY, { anchor, pageSize: 4 });

    /** Moves the row at `from` to seq `to` (one row at a time: the primary key is checked per row). */
    const renumber = (from: number, to: number) => db(AUDIT_TABLE).where({ seq: from }).update({ seq: to });

    beforeAll(async () => {
      ({ db, close } = await openTestAuditDb(database));
    });
    afterAll(() => close());
    beforeEach(async () => {
      await db(AUDIT_TABLE).delete();
      await appendAuditEntries(db, KEY, sampleAuditEntries(4));
      head = (await appendAuditEntries(db, KEY, sampleAuditEntries(6, 5))) as AuditHead;
    });

    it('links ten entries from the genesis hash and verifies them, across pages', async () => {
      const rows = (await db(AUDIT_TABLE).orderBy('seq')) as AuditEntryRow[];
      expect(rows.map((r) => Number(r.seq))).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
      expect(rows[0]?.prev_hash).toBe(GENESIS_HASH);
      rows.slice(1).forEach((row, i) => expect(row.prev_hash).toBe(rows[i]?.hash));
      expect(head).toEqual({ seq: 10, hash: rows[9]?.hash });
      const result = await verify(head);
      expect(result).toMatchObject({ ok: true, count: 10, head, problems: [] });
    });

    it('stores awkward text exactly as it was hashed (emoji, lone surrogate, NUL, over-long values)', async () => {
      const odd = sampleAuditEntry(11, { userAgent: `🙂${'x'.repeat(600)}`, operationName: 'bad\uD800name\u0000', reason: '理由'.repeat(200), fields: ['Resident.name', '"quoted"'] });
      await appendAuditEntries(db, KEY, [odd]);
      const row = await rowAt(11);
      expect(Array.from(row.user_agent ?? '')).toHaveLength(512);
      expect(row.operation_name).toBe('bad\uFFFDname\uFFFD');
      expect(fromRow(row).fields).toEqual(['Resident.name', '"quoted"']);
      expect((await verify()).problems).toEqual([]);
    });

    it('names an altered field of a middle entry', async () => {
      await db(AUDIT_TABLE).where({ seq: 5 }).update({ staff_id: 'cw002' });
      expect(kinds((await verify(head)).problems)).toEqual([[5, 'altered']]);
    });

    it('names an entry whose hash was changed', async () => {
      await db(AUDIT_TABLE).where({ seq: 6 }).update({ hash: madeUpHash() });
      expect(kinds((await verify(head)).problems)).toEqual([[6, 'altered']]);
    });

    it('names a deleted middle entry', async () => {
      await db(AUDIT_TABLE).where({ seq: 5 }).delete();
      expect(kinds((await verify(head)).problems)).toEqual([[5, 'deleted']]);
    });

    it('names a deleted entry when the ones after it were renumbered to close the gap', async () => {
      await db(AUDIT_TABLE).where({ seq: 5 }).delete();
      for (let seq = 6; seq <= 10; seq += 1) await renumber(seq, seq - 1);
      const { problems } = await verify(head);
      expect(kinds(problems)).toEqual([[5, 'deleted']]);
    });

    it('catches the last entries deleted only through the anchor', async () => {
      await db(AUDIT_TABLE).where('seq', '>', 7).delete();
      const without = await verify();
      expect(without.ok).toBe(true);
      expect(without.notes.join()).toMatch(/no anchor/);
      const { problems } = await verify(head);
      expect(kinds(problems)).toEqual([[8, 'truncated']]);
      expect(problems[0]?.message).toMatch(/8–10/);
    });

    it('catches a tail cut and appended to again through the anchor', async () => {
      await db(AUDIT_TABLE).where('seq', '>', 7).delete();
      await appendAuditEntries(db, KEY, sampleAuditEntries(5, 100));
      expect(kinds((await verify(head)).problems)).toEqual([[10, 'truncated']]);
    });

    it('names a forged row appended with a made-up hash', async () => {
      const forged = { ...(await rowAt(10)), seq: 11, staff_id: 'intruder', prev_hash: madeUpHash(), hash: madeUpHash() };
      await db(AUDIT_TABLE).insert(forged);
      expect(kinds((await verify(head)).problems)).toEqual([[11, 'forged']]);
    });

    it('names a forged row that copies the previous hash, beyond the anchor', async () => {
      const forged = { ...(await rowAt(10)), seq: 11, prev_hash: head.hash, hash: madeUpHash() };
      await db(AUDIT_TABLE).insert(forged);
      expect(kinds((await verify(head)).problems)).toEqual([[11, 'forged']]);
    });

    it('names a row inserted in the middle with the later entries renumbered to make room', async () => {
      for (let seq = 10; seq >= 5; seq -= 1) await renumber(seq, seq + 1);
      const before = await rowAt(4);
      await db(AUDIT_TABLE).insert({ ...before, seq: 5, staff_id: 'intruder', prev_hash: before.hash, hash: madeUpHash() });
      const { problems } = await verify(head);
      expect(kinds(problems)).toEqual([[5, 'inserted']]);
    });

    it('names entries put out of order', async () => {
      await renumber(4, 1000);
      await renumber(5, 4);
      await renumber(1000, 5);
      const { problems } = await verify(head);
      expect(kinds(problems)).toEqual([[5, 'inserted']]);
      expect(problems[0]?.message).toMatch(/entry 4 stands out of order at seq 5/);
    });

    it('names a replayed copy of an earlier entry', async () => {
      await db(AUDIT_TABLE).insert({ ...(await rowAt(3)), seq: 11 });
      expect(kinds((await verify(head)).problems)).toEqual([[11, 'inserted']]);
    });

    it('names entries renumbered without anything else changed', async () => {
      for (let seq = 10; seq >= 6; seq -= 1) await renumber(seq, seq + 1);
      const { problems } = await verify();
      expect(kinds(problems)).toEqual([[7, 'altered']]);
      expect(problems[0]?.message).toMatch(/entry 6 is stored as seq 7/);
    });

    it('says when no entry verifies with the key given', async () => {
      const result = await verifyAuditChain(db, 'another-key-of-at-least-32-characters!!');
      expect(result.ok).toBe(false);
      expect(result.problems).toHaveLength(10);
      expect(result.notes.join()).toMatch(/AUDIT_CHAIN_KEY/);
    });

    it('hashes over the seq, so the same content at another seq does not verify', async () => {
      const entry = { ...fromRow(await rowAt(3)) };
      expect(chainHash(KEY, (await rowAt(3)).prev_hash, entry)).toBe((await rowAt(3)).hash);
      expect(chainHash(KEY, (await rowAt(3)).prev_hash, { ...entry, seq: 4 })).not.toBe((await rowAt(3)).hash);
      expect(await readAuditHead(db)).toEqual(head);
    });
  });
}
