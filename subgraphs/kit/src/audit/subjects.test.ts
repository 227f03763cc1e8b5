import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Knex } from '../db';
import { sampleAuditEntries, sampleAuditEntry, sampleBatchEntry, openTestAuditDb } from '../testing/audit';
import { testDatabases } from '../testing/databases';
import { appendAuditEntries } from './append';
import { DEV_AUDIT_CHAIN_KEY } from './config';
import { fromRow, GENESIS_HASH, type AuditEntryRow, type AuditHead } from './entry';
import { AUDIT_TABLE } from './migrations';
import { AUDIT_HOUSEHOLDS_TABLE, AUDIT_SUBJECTS_TABLE } from './subjects';
import { verifyAuditChain, type AuditProblem } from './verify';

const KEY = DEV_AUDIT_CHAIN_KEY;
const kinds = (problems: readonly AuditProblem[]) => problems.map((p) => [p.seq, p.kind]);
const persons = (n: number, from = 1) => Array.from({ length: n }, (_, i) => String(500000000 + from + i));

for (const database of await testDatabases()) {
  describe.skipIf(database.skipReason !== null)(`batch lines of the audit chain on ${database.dialect}`, () => {
    let db: Knex;
    let close = async () => {};
    let head: AuditHead;
    // A page of 4 lines and 4 side rows: line 6's ten persons span three pages of side rows.
    const verify = () => verifyAuditChain(db, KEY, { anchor: head, pageSize: 4 });
    const subjectsOf = async (seq: number) => ((await db(AUDIT_SUBJECTS_TABLE).where({ seq }).orderBy('atena_no')) as { atena_no: string }[]).map((r) => r.atena_no);

    beforeAll(async () => {
      ({ db, close } = await openTestAuditDb(database));
    });
    afterAll(() => close());
    beforeEach(async () => {
      for (const table of [AUDIT_TABLE, AUDIT_SUBJECTS_TABLE, AUDIT_HOUSEHOLDS_TABLE]) await db(table).delete();
      // 1–4 single-person lines, 5 a batch of three, 6 a batch of ten with two households, 7–8 single again.
      await appendAuditEntries(db, KEY, sampleAuditEntries(4));
      await appendAuditEntries(db, KEY, [
        sampleBatchEntry(5, ['500000003', '500000001', '500000002', '500000001', '']),
        sampleBatchEntry(6, persons(10, 10), { department: 'residents', subjectHouseholds: ['200000002', '200000001'] }),
      ]);
      head = (await appendAuditEntries(db, KEY, sampleAuditEntries(2, 7))) as AuditHead;
    });

    it('stores a batch line\'s persons sorted and de-duplicated, in side rows, and verifies them across pages', async () => {
      expect(await subjectsOf(5)).toEqual(['500000001', '500000002', '500000003']);
      expect(await subjectsOf(6)).toHaveLength(10);
      expect(await db(AUDIT_HOUSEHOLDS_TABLE).where({ seq: 6 }).orderBy('household_no').pluck('household_no')).toEqual(['200000001', '200000002']);
      const line = (await db(AUDIT_TABLE).where({ seq: 5 }).first()) as AuditEntryRow;
      expect(line).toMatchObject({ atena_no: null, staff_id: 'svc-watcher', role: 'service' });
      expect(await verify()).toMatchObject({ ok: true, count: 8, problems: [] });
    });

    it('writes and verifies a line of 1,200 persons (more side rows than one INSERT takes on SQLite)', async () => {
      const many = persons(1200, 1000);
      head = (await appendAuditEntries(db, KEY, [sampleBatchEntry(9, many, { subjectHouseholds: persons(600, 200000000) })])) as AuditHead;
      expect(await subjectsOf(9)).toEqual(many);
      expect(await verifyAuditChain(db, KEY, { anchor: head })).toMatchObject({ ok: true, count: 9 });
    });

    it('hashes a single-person line exactly as before lines could name many', async () => {
      const row = (await db(AUDIT_TABLE).where({ seq: 1 }).first()) as AuditEntryRow;
      const e = fromRow(row);
      const before = JSON.stringify([e.seq, e.at, e.requestId, e.staffId, e.role, e.division, e.clientAddress, e.userAgent, e.operationName, e.purpose, e.atenaNo, e.householdNo, e.department, e.fields, e.outcome, e.code, e.reason]);
      expect(row.prev_hash).toBe(GENESIS_HASH);
      expect(createHmac('sha256', KEY).update(GENESIS_HASH).update(before).digest('hex')).toBe(row.hash);
    });

    it('names the line whose person was altered', async () => {
      await db(AUDIT_SUBJECTS_TABLE).where({ seq: 6, atena_no: '500000012' }).update({ atena_no: '599999999' });
      expect(kinds((await verify()).problems)).toEqual([[6, 'altered']]);
    });

    it('names the line a person was deleted from', async () => {
      await db(AUDIT_SUBJECTS_TABLE).where({ seq: 5, atena_no: '500000002' }).delete();
      expect(kinds((await verify()).problems)).toEqual([[5, 'altered']]);
    });

    it('names the line a person was added to, batch or single', async () => {
      await db(AUDIT_SUBJECTS_TABLE).insert([{ seq: 5, atena_no: '500000004' }, { seq: 2, atena_no: '500000099' }]);
      expect(kinds((await verify()).problems)).toEqual([[2, 'altered'], [5, 'altered']]);
    });

    it('names the line whose household was altered, and one whose persons were all removed', async () => {
      await db(AUDIT_HOUSEHOLDS_TABLE).where({ seq: 6, household_no: '200000001' }).update({ household_no: '200000009' });
      await db(AUDIT_SUBJECTS_TABLE).where({ seq: 5 }).delete();
      expect(kinds((await verify()).problems)).toEqual([[5, 'altered'], [6, 'altered']]);
    });

    it('names a line moved to another seq with its persons left behind', async () => {
      await db(AUDIT_SUBJECTS_TABLE).where({ seq: 5 }).update({ seq: 7 });
      expect(kinds((await verify()).problems)).toEqual([[5, 'altered'], [7, 'altered']]);
    });

    it('names persons recorded for a line that does not exist, in the middle and beyond the end', async () => {
      await db(AUDIT_SUBJECTS_TABLE).insert([{ seq: 0, atena_no: '500000001' }, { seq: 42, atena_no: '500000001' }]);
      await db(AUDIT_HOUSEHOLDS_TABLE).insert({ seq: 43, household_no: '200000001' });
      expect(kinds((await verify()).problems)).toEqual([[0, 'inserted'], [42, 'inserted'], [43, 'inserted']]);
    });

    it('names a deleted batch line once, its left-over persons aside', async () => {
      await db(AUDIT_TABLE).where({ seq: 6 }).delete();
      expect(kinds((await verify()).problems)).toEqual([[6, 'deleted']]);
    });

    it('gives lines without lists nothing: a single-person line is read back without subjects', async () => {
      const row = (await db(AUDIT_TABLE).where({ seq: 8 }).first()) as AuditEntryRow;
      expect(fromRow(row, { subjects: [], subjectHouseholds: [] })).toEqual(fromRow(row));
      expect(fromRow(row)).not.toHaveProperty('subjects');
      await appendAuditEntries(db, KEY, [sampleAuditEntry(9, { subjects: [] })]);
      expect(await subjectsOf(9)).toEqual([]);
      expect((await verifyAuditChain(db, KEY)).ok).toBe(true);
    });
  });
}
