import type { Knex } from '@smart-casework/kit';

export interface StaffRow {
  staff_id: string;
  name: string;
  name_kana: string | null;
  role: string;
  division: string;
  supervisor_id: string | null;
}

const COLUMNS = ['staff_id', 'name', 'name_kana', 'role', 'division', 'supervisor_id'];

export function staffByIds(db: Knex, staffIds: readonly string[]): Promise<StaffRow[]> {
  return db('staff').select(COLUMNS).whereIn('staff_id', staffIds);
}

export function staffBySupervisorIds(db: Knex, supervisorIds: readonly string[]): Promise<StaffRow[]> {
  return db('staff').select(COLUMNS).whereIn('supervisor_id', supervisorIds).orderBy('staff_id');
}

/** The staff ids of a supervisor's team, as a subquery for the caseload statements. */
export function teamOf(db: Knex, supervisorId: string): Knex.QueryBuilder {
  return db('staff').select('staff_id').where('supervisor_id', supervisorId);
}
