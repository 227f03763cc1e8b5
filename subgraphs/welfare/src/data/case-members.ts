import type { Knex } from '@smart-casework/kit';

/** 保護の対象となる世帯員: one person's coverage by one case. */
export interface CaseMemberRow {
  case_no: string;
  atena_no: string;
  /** 世帯主 | 世帯員 */
  case_role: string;
  covered_from: string;
  excluded_on: string | null;
  exclusion_reason: string | null;
}

const COLUMNS = ['case_no', 'atena_no', 'case_role', 'covered_from', 'excluded_on', 'exclusion_reason'];

export function caseMembersByCaseNos(db: Knex, caseNos: readonly string[]): Promise<CaseMemberRow[]> {
  return db('case_members').select(COLUMNS).whereIn('case_no', caseNos).orderBy(['case_no', 'display_order']);
}

export function caseMembershipsByAtenaNos(db: Knex, atenaNos: readonly string[]): Promise<CaseMemberRow[]> {
  return db('case_members').select(COLUMNS).whereIn('atena_no', atenaNos).orderBy([{ column: 'atena_no' }, { column: 'covered_from', order: 'desc' }]);
}
