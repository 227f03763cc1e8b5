import type { Knex } from '@smart-casework/kit';
import { OPEN_APPLICATION_STATUS } from './applications';
import { OPEN_CASE_STATUSES, whereInScope, type WorkScope } from './cases';

/**
 * 世帯番号 of the households a scope works on: those of its open cases (保護中・停止中) and of
 * its open applications (調査中), in one statement, sorted and without repeats.
 */
export async function reachableHouseholdNos(db: Knex, scope: WorkScope): Promise<string[]> {
  const cases = whereInScope(db, db('cases').select('household_no').whereIn('status', OPEN_CASE_STATUSES), scope);
  const applications = whereInScope(db, db('applications').select('household_no').where('status', OPEN_APPLICATION_STATUS), scope);
  const rows: { household_no: string }[] = await cases.union(applications);
  return [...new Set(rows.map((r) => r.household_no))].sort();
}
