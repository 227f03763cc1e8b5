import type { Knex } from '@smart-casework/kit';

export type SweepStatus = 'running' | 'done' | 'failed' | 'abandoned';

/** One sweep of the change watcher, as recorded in `watch_sweeps`. */
export interface SweepRow {
  id: string;
  holder: string;
  started_at: string;
  finished_at: string | null;
  households: number;
  notices: number;
  unknown_sections: number;
  status: SweepStatus;
}

export interface SweepTotals {
  households: number;
  notices: number;
  unknownSections: number;
}

export async function startSweepRecord(db: Knex, id: string, holder: string, startedAt: string): Promise<void> {
  await db('watch_sweeps').insert({ id, holder, started_at: startedAt, finished_at: null, households: 0, notices: 0, unknown_sections: 0, status: 'running' });
}

export async function finishSweepRecord(db: Knex, id: string, status: SweepStatus, totals: SweepTotals, finishedAt: string): Promise<void> {
  await db('watch_sweeps').where('id', id).update({ status, finished_at: finishedAt, households: totals.households, notices: totals.notices, unknown_sections: totals.unknownSections });
}

/**
 * Marks sweeps still `running` as `abandoned`: called by the lease holder, so any other running
 * sweep belongs to a process that died (kill -9) without finishing its record.
 */
export async function abandonRunningSweeps(db: Knex, exceptId: string, at: string): Promise<number> {
  return db('watch_sweeps').where('status', 'running').whereNot('id', exceptId).update({ status: 'abandoned', finished_at: at });
}

/** The latest sweeps, newest first. */
export function latestSweeps(db: Knex, limit = 10): Promise<SweepRow[]> {
  return db('watch_sweeps').select('*').orderBy('started_at', 'desc').limit(limit);
}
