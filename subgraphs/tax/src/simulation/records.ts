import { toDeltaRecord, type DeltaRecord } from '@smart-casework/kit';
import type { TaxColumns, TaxReason } from '../changes/columns';
import { delta } from '../delta';
import type { Assessed } from './assess';

type Cells = Partial<Record<keyof TaxColumns, string | number | null>>;

/** The four common cells. */
export interface Change {
  changeId: string;
  atenaNo: string;
  reason: TaxReason;
  effectiveDate: string;
}

/** A delta row keyed by Japanese header, as the tax system would export it. */
export function taxRecord(change: Change, cells: Cells): DeltaRecord {
  return toDeltaRecord(delta, { ...change, ...cells });
}

/** 当初賦課 or 更正 cells of an assessment. */
export function assessmentCells({ assessment, incomes }: Assessed): Cells {
  const of = (kind: string) => incomes.find((i) => i.kind === kind);
  const [salary, pension] = [of('給与'), of('公的年金等')];
  return {
    fiscalYear: assessment.fiscal_year,
    salaryRevenue: salary?.revenue ?? null,
    salaryIncome: salary?.income ?? null,
    pensionRevenue: pension?.revenue ?? null,
    pensionIncome: pension?.income ?? null,
    businessIncome: of('事業')?.income ?? null,
    realEstateIncome: of('不動産')?.income ?? null,
    miscellaneousIncome: of('雑')?.income ?? null,
    totalIncome: assessment.total_income,
    taxStatus: assessment.tax_status,
    exemptReason: assessment.exempt_reason,
    incomeLevy: assessment.income_levy,
    perCapitaLevy: assessment.per_capita_levy,
  };
}
