import { createDb, migrateLatest, type Knex } from '@smart-casework/kit';
import { testDatabases } from '@smart-casework/kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrations } from '../../migrations';
import { acquireLease, releaseLease, renewLease } from './watch-leases';
import { replaceSnapshots, snapshotsOf, type SnapshotRow } from './watch-snapshots';
import { abandonRunningSweeps, finishSweepRecord, latestSweeps, startSweepRecord } from './watch-sweeps';
import { watchTargets } from './watch-targets';

const caseRow = (case_no: string, household_no: string, status: string, caseworker_id: string) => ({
  case_no, household_no, status, started_on: '2024-04-01', ended_on: null, end_reason: null, grade: '1級地-1', minimum_cost_of_living: 100_000, recognised_income: 0, monthly_benefit: 100_000, last_reviewed_on: null, caseworker_id,
});
const applicationRow = (application_no: string, household_no: string, status: string) => ({
  application_no, household_no, applicant_atena_no: '99999999', applied_on: '2025-09-20', caseworker_id: 'cw002', status, extension_reason: null, decided_on: null, case_no: null,
});
const snapshot = (household_no: string, atena_no: string, section: string, digest: string): SnapshotRow => ({ household_no, atena_no, section, digest, snapshot_json: '{}', taken_at: '2025-10-01T00:00:00.000Z' });

for (const database of await testDatabases()) {
  describe.skipIf(database.skipReason !== null)(`the watcher's tables on ${database.dialect}`, () => {
    let db: Knex;
    let drop: () => Promise<void>;

    beforeAll(async () => {
      const created = await database.create();
      drop = created.drop;
      db = createDb(created.settings);
      await migrateLatest(db, migrations);
      await db('staff').insert([
        { staff_id: 'sv001', name: '査察 指導', role: 'supervisor', division: 'welfare', supervisor_id: null },
        { staff_id: 'cw001', name: '福祉 一郎', role: 'caseworker', division: 'welfare', supervisor_id: 'sv001' },
        { staff_id: 'cw002', name: '福祉 二郎', role: 'caseworker', division: 'welfare', supervisor_id: null },
      ]);
      await db('cases').insert([caseRow('C-1', '100', '保護中', 'cw001'), caseRow('C-2', '200', '停止中', 'cw001'), caseRow('C-3', '300', '廃止', 'cw001')]);
      await db('applications').insert([applicationRow('A-1', '400', '調査中'), applicationRow('A-2', '100', '調査中'), applicationRow('A-3', '500', '却下')]);
    });
    afterAll(async () => {
      await db?.destroy();
      await drop?.();
    });

    it('targets: open cases and open applications, one per household, with supervisor and grade', async () => {
      expect(await watchTargets(db)).toEqual([
        { householdNo: '100', caseNo: 'C-1', applicationNo: null, caseworkerId: 'cw001', supervisorId: 'sv001', grade: '1級地-1' },
        { householdNo: '200', caseNo: 'C-2', applicationNo: null, caseworkerId: 'cw001', supervisorId: 'sv001', grade: '1級地-1' },
        { householdNo: '400', caseNo: null, applicationNo: 'A-1', caseworkerId: 'cw002', supervisorId: null, grade: '1級地-1' },
      ]);
    });

    it('snapshots: a household is replaced whole, others untouched', async () => {
      await replaceSnapshots(db, '100', [snapshot('100', 'a', 'registry', 'd1'), snapshot('100', 'a', 'tax', 'd2')]);
      await replaceSnapshots(db, '200', [snapshot('200', 'b', 'registry', 'd3')]);
      await db.transaction((trx) => replaceSnapshots(trx, '100', [snapshot('100', 'a', 'registry', 'd4')]));
      const rows = await snapshotsOf(db, ['100', '200']);
      expect(rows.map((r) => [r.household_no, r.section, r.digest]).sort()).toEqual([['100', 'registry', 'd4'], ['200', 'registry', 'd3']]);
    });

    it('lease: one holder at a time, renewable by its holder, free again when released or expired', async () => {
      expect(await acquireLease(db, 'w', 'one', '2025-10-01T00:00:00.000Z', '2025-10-01T00:01:00.000Z')).toEqual({ acquired: true });
      expect(await acquireLease(db, 'w', 'two', '2025-10-01T00:00:30.000Z', '2025-10-01T00:01:30.000Z')).toEqual({ acquired: false, heldBy: { holder: 'one', expiresAt: '2025-10-01T00:01:00.000Z' } });
      expect(await renewLease(db, 'w', 'one', '2025-10-01T00:02:00.000Z')).toBe(true);
      expect(await renewLease(db, 'w', 'two', '2025-10-01T00:02:00.000Z')).toBe(false);
      // Its holder restarted under the same name takes it back at once.
      expect(await acquireLease(db, 'w', 'one', '2025-10-01T00:01:00.000Z', '2025-10-01T00:02:00.000Z')).toEqual({ acquired: true });
      expect(await acquireLease(db, 'w', 'two', '2025-10-01T00:02:00.000Z', '2025-10-01T00:03:00.000Z')).toEqual({ acquired: true });
      expect(await renewLease(db, 'w', 'one', '2025-10-01T00:04:00.000Z')).toBe(false);
      await releaseLease(db, 'w', 'two');
      expect(await acquireLease(db, 'w', 'three', '2025-10-01T00:02:10.000Z', '2025-10-01T00:03:10.000Z')).toEqual({ acquired: true });
    });

    it('sweeps: recorded, and those left running by a dead process marked abandoned', async () => {
      await startSweepRecord(db, 'dead', 'x', '2025-10-01T00:00:00.000Z');
      await startSweepRecord(db, 'live', 'y', '2025-10-01T00:05:00.000Z');
      expect(await abandonRunningSweeps(db, 'live', '2025-10-01T00:05:01.000Z')).toBe(1);
      await finishSweepRecord(db, 'live', 'done', { households: 3, notices: 2, unknownSections: 1 }, '2025-10-01T00:06:00.000Z');
      const [live, dead] = await latestSweeps(db);
      expect(live).toMatchObject({ id: 'live', status: 'done', households: 3, notices: 2, unknown_sections: 1 });
      expect(dead).toMatchObject({ id: 'dead', status: 'abandoned' });
    });
  });
}
