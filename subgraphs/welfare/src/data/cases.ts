import type { Knex } from '@smart-casework/kit';
import { teamOf } from './staff';

/** 保護ケース */
export interface CaseRow {
  case_no: string;
  household_no: string;
  /** 保護中 | 停止中 | 廃止 */
  status: string;
  started_on: string;
  ended_on: string | null;
  end_reason: string | null;
  grade: string;
  minimum_cost_of_living: number;
  recognised_income: number;
  monthly_benefit: number;
  last_reviewed_on: string | null;
  caseworker_id: string;
}

const COLUMNS = ['case_no', 'household_no', 'status', 'started_on', 'ended_on', 'end_reason', 'grade', 'minimum_cost_of_living', 'recognised_income', 'monthly_benefit', 'last_reviewed_on', 'caseworker_id'];

export const OPEN_CASE_STATUSES = ['保護中', '停止中'] as const;

export function casesByNos(db: Knex, caseNos: readonly string[]): Promise<CaseRow[]> {
  return db('cases').select(COLUMNS).whereIn('case_no', caseNos);
}

export function casesByHouseholdNos(db: Knex, householdNos: readonly string[]): Promise<CaseRow[]> {
  return db('cases').select(COLUMNS).whereIn('household_no', householdNos).orderBy([{ column: 'household_no' }, { column: 'started_on', order: 'desc' }]);
}

/** Whose work a caseload statement covers: one caseworker, or a supervisor and their team. */
export interface WorkScope {
  staffId: string;
  /** Include the cases of every caseworker whose supervisor is `staffId`. */
  team: boolean;
}

/** Narrows a query on a table with a `caseworker_id` column to a scope, in one statement. */
export function whereInScope(db: Knex, query: Knex.QueryBuilder, scope: WorkScope): Knex.QueryBuilder {
  if (!scope.team) return query.where('caseworker_id', scope.staffId);
  return query.where((q) => q.where('caseworker_id', scope.staffId).orWhereIn('caseworker_id', teamOf(db, scope.staffId)));
}

/** Open cases (保護中・停止中) of a scope, in one statement whatever the number of cases. */
export function openCasesOf(db: Knex, scope: WorkScope): Promise<CaseRow[]> {
  const query = db('cases').select(COLUMNS).whereIn('status', OPEN_CASE_STATUSES);
  return whereInScope(db, query, scope).orderBy(['caseworker_id', 'case_no']);
}
