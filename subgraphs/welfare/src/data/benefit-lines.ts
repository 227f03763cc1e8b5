import type { Knex } from '@smart-casework/kit';

/** One line of a case's 最低生活費 (扶助種別 and its monthly amount). */
export interface BenefitLineRow {
  case_no: string;
  line_no: number;
  kind: string;
  amount: number;
  note: string | null;
}

export function benefitLinesByCaseNos(db: Knex, caseNos: readonly string[]): Promise<BenefitLineRow[]> {
  return db('benefit_lines').select('case_no', 'line_no', 'kind', 'amount', 'note').whereIn('case_no', caseNos).orderBy(['case_no', 'line_no']);
}
