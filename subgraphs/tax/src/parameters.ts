import type { Dated, GradeClass } from '@smart-casework/kit';

/**
 * 住民税 amounts and limits as dated parameters (DOMAIN.md 2.8): each entry is in force from
 * `from` until the next entry's `from` (kit effectiveOn), so a revision is a new row, not an
 * edited one.
 */

/** A band of a statutory deduction table: `percent % × revenue + plus` for revenue up to `upTo`. */
export interface DeductionBand {
  upTo: number;
  /** Whole percent, so that yen stay integers. */
  percent: number;
  plus: number;
}

/** The deduction for a revenue, never more than the revenue itself. */
export function deductionFor(bands: readonly DeductionBand[], revenue: number): number {
  const band = bands.find((b) => revenue <= b.upTo) ?? bands[bands.length - 1];
  return band ? Math.min(revenue, Math.floor((revenue * band.percent) / 100) + band.plus) : 0;
}

/** A 非課税限度額 formula: `base × (dependants + 1) + (withDependants if any) + addition`. */
export interface ExemptionFormula {
  base: number;
  withDependants: number;
}

/** `from` is the first day of the first fiscal year these apply to. */
export interface ResidentTaxParameters extends Dated {
  /** 均等割 per person: 市町村 3,000 + 道府県 1,000 + 森林環境税 1,000. */
  perCapitaLevy: number;
  /** 所得割 rate in percent (市町村 6% + 道府県 4%). */
  incomeLevyPercent: number;
  /** 調整控除, the minimum (人的控除差 of the 基礎控除 × 5%). */
  adjustmentCredit: number;
  /** 基礎控除 (住民税). */
  basicDeduction: number;
  /** 扶養控除 / 配偶者控除 by relation; 年少扶養親族 count for limits but are not deducted. */
  dependantDeduction: Readonly<Record<string, number>>;
  /** 均等割 非課税限度額 by 級地. */
  perCapitaExemption: Readonly<Record<GradeClass, ExemptionFormula>>;
  /** 所得割 非課税限度額 (the same everywhere). */
  incomeLevyExemption: ExemptionFormula;
  /** Added to both limits since the 2021 給与所得控除 reform. */
  exemptionAddition: number;
  /** 障害者・未成年者・寡婦・ひとり親 are exempt up to this 前年合計所得. */
  vulnerableExemptionLimit: number;
}

export const RESIDENT_TAX: readonly ResidentTaxParameters[] = [
  {
    from: '2024-04-01',
    perCapitaLevy: 5_000,
    incomeLevyPercent: 10,
    adjustmentCredit: 2_500,
    basicDeduction: 430_000,
    dependantDeduction: { 配偶者: 330_000, 扶養親族: 330_000, 年少扶養親族: 0 },
    // 3級地 is DOMAIN.md's example; the 1級地/2級地 bases and the 0.6 × base dependant additions (unverified).
    perCapitaExemption: {
      '1級地': { base: 350_000, withDependants: 210_000 },
      '2級地': { base: 315_000, withDependants: 189_000 },
      '3級地': { base: 280_000, withDependants: 168_000 },
    },
    incomeLevyExemption: { base: 350_000, withDependants: 320_000 },
    exemptionAddition: 100_000,
    vulnerableExemptionLimit: 1_350_000,
  },
];

/** 均等割 非課税限度額 (合計所得金額) for a person with `dependants` 扶養親族 in a city of `grade`. */
export function perCapitaExemptionLimit(params: ResidentTaxParameters, grade: GradeClass, dependants: number): number {
  return exemptionLimit(params.perCapitaExemption[grade], params.exemptionAddition, dependants);
}

/** 所得割 非課税限度額 (合計所得金額). */
export function incomeLevyExemptionLimit(params: ResidentTaxParameters, dependants: number): number {
  return exemptionLimit(params.incomeLevyExemption, params.exemptionAddition, dependants);
}

function exemptionLimit(formula: ExemptionFormula, addition: number, dependants: number): number {
  return formula.base * (dependants + 1) + (dependants > 0 ? formula.withDependants : 0) + addition;
}

/** 給与所得控除 and 公的年金等控除 by income year (the calendar year the income was earned). */
/** `from` is 1 January of the first income year these apply to. */
export interface IncomeDeductionParameters extends Dated {
  salary: readonly DeductionBand[];
  /** 公的年金等控除 for those 65 or over on 31 December (other income ≤ 10,000,000円). */
  pension65: readonly DeductionBand[];
  pensionUnder65: readonly DeductionBand[];
}

const SALARY_FROM_1_8M: readonly DeductionBand[] = [
  { upTo: 3_600_000, percent: 30, plus: 80_000 },
  { upTo: 6_600_000, percent: 20, plus: 440_000 },
  { upTo: 8_500_000, percent: 10, plus: 1_100_000 },
  { upTo: Infinity, percent: 0, plus: 1_950_000 },
];
const PENSION_FROM_4_1M: readonly DeductionBand[] = [
  { upTo: 7_700_000, percent: 15, plus: 685_000 },
  { upTo: 10_000_000, percent: 5, plus: 1_455_000 },
  { upTo: Infinity, percent: 0, plus: 1_955_000 },
];

export const INCOME_DEDUCTIONS: readonly IncomeDeductionParameters[] = [
  {
    from: '2020-01-01',
    salary: [{ upTo: 1_625_000, percent: 0, plus: 550_000 }, { upTo: 1_800_000, percent: 40, plus: -100_000 }, ...SALARY_FROM_1_8M],
    pension65: [{ upTo: 3_300_000, percent: 0, plus: 1_100_000 }, { upTo: 4_100_000, percent: 25, plus: 275_000 }, ...PENSION_FROM_4_1M],
    pensionUnder65: [{ upTo: 1_300_000, percent: 0, plus: 600_000 }, { upTo: 4_100_000, percent: 25, plus: 275_000 }, ...PENSION_FROM_4_1M],
  },
  {
    // 令和7年度税制改正: the minimum 給与所得控除 rises to 650,000円 from 2025 income (unverified for 住民税 timing).
    from: '2025-01-01',
    salary: [{ upTo: 1_900_000, percent: 0, plus: 650_000 }, ...SALARY_FROM_1_8M],
    pension65: [{ upTo: 3_300_000, percent: 0, plus: 1_100_000 }, { upTo: 4_100_000, percent: 25, plus: 275_000 }, ...PENSION_FROM_4_1M],
    pensionUnder65: [{ upTo: 1_300_000, percent: 0, plus: 600_000 }, { upTo: 4_100_000, percent: 25, plus: 275_000 }, ...PENSION_FROM_4_1M],
  },
];
