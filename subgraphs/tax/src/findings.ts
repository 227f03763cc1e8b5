import { bySeverity, effectiveOn, finding, fiscalYearStart, warekiFiscalYear, yen, type Finding } from '@smart-casework/kit';
import { incomeLevyExemptionLimit, RESIDENT_TAX } from './parameters';
import type { TaxFacts } from './record';

/** Stable code suffixes for the 所得税法 income kinds. */
const INCOME_CODES: Readonly<Record<string, string>> = {
  給与: 'SALARY',
  公的年金等: 'PUBLIC_PENSION',
  事業: 'BUSINESS',
  不動産: 'REAL_ESTATE',
  利子: 'INTEREST',
  配当: 'DIVIDEND',
  譲渡: 'CAPITAL_GAINS',
  一時: 'OCCASIONAL',
  雑: 'MISCELLANEOUS',
  山林: 'FORESTRY',
  退職: 'RETIREMENT',
};

/** What the tax division tells a caseworker about one person, most urgent first. */
export function taxFindings(facts: TaxFacts): Finding[] {
  return bySeverity([...statusFindings(facts), ...incomeFindings(facts), ...assetFindings(facts), ...vehicleFindings(facts), ...supportFindings(facts)]);
}

/** 課税 means income the assessment found; for a recipient it is to be matched with the 収入申告 (課税調査). */
export function statusFindings({ assessment, fiscalYear }: TaxFacts): Finding[] {
  if (!assessment) return [];
  const year = warekiFiscalYear(fiscalYear);
  const total = yen(assessment.total_income);
  if (assessment.tax_status === '課税') {
    return [finding('TAX_TAXABLE', 'warning', `${year} 住民税 課税（所得割 ${yen(assessment.income_levy)}・均等割 ${yen(assessment.per_capita_levy)}、合計所得 ${total}）: 申告収入と照合してください`)];
  }
  if (assessment.tax_status === '均等割のみ') {
    return [finding('TAX_PER_CAPITA_ONLY', 'info', `${year} 住民税 均等割のみ課税（合計所得 ${total}）: 申告収入と照合してください`)];
  }
  // 非課税 by 生活扶助 hides the income; above the 所得割 limit the person would otherwise be taxed.
  const limit = incomeLevyExemptionLimit(effectiveOn(RESIDENT_TAX, fiscalYearStart(fiscalYear)), assessment.dependant_count);
  if (assessment.exempt_reason === '生活扶助' && assessment.total_income > limit) {
    return [finding('TAX_INCOME_ABOVE_EXEMPTION_LIMIT', 'warning', `${year} 生活扶助で非課税ですが合計所得 ${total} が非課税限度額 ${yen(limit)} を超えています: 収入申告と照合してください`)];
  }
  return [];
}

/** Every kind of income with revenue, with its amounts: the basis of the 課税調査. */
export function incomeFindings({ incomes, fiscalYear }: TaxFacts): Finding[] {
  return incomes
    .filter((i) => i.fiscal_year === fiscalYear && i.revenue > 0)
    .map((i) => finding(`TAX_INCOME_${INCOME_CODES[i.kind] ?? 'OTHER'}`, 'warning', `${fiscalYear - 1}年分 ${i.kind}収入 ${yen(i.revenue)}（所得 ${yen(i.income)}）: 収入申告と照合してください`));
}

/** Land and buildings are assets to be used before assistance (生活保護法4条). */
export function assetFindings({ lands, buildings }: TaxFacts): Finding[] {
  const found: Finding[] = [];
  if (lands.length > 0) {
    const area = lands.reduce((sum, l) => sum + l.area_sqm, 0);
    const value = lands.reduce((sum, l) => sum + l.assessed_value, 0);
    found.push(finding('TAX_LAND', 'warning', `土地 ${lands.length}筆を所有（地積計 ${area.toLocaleString('ja-JP')}㎡・価格計 ${yen(value)}）: 資産活用（法4条）を確認してください`));
  }
  if (buildings.length > 0) {
    const value = buildings.reduce((sum, b) => sum + b.assessed_value, 0);
    const kinds = [...new Set(buildings.map((b) => b.kind))].join('・');
    found.push(finding('TAX_BUILDING', 'warning', `家屋 ${buildings.length}棟（${kinds}）を所有（価格計 ${yen(value)}）: 資産活用（法4条）・居住用不動産の保有の可否を確認してください`));
  }
  return found;
}

/** Cars (軽三輪・軽四輪) are assets whose keeping needs approval; mopeds and motorcycles rarely do. */
export function vehicleFindings({ lightVehicles }: TaxFacts): Finding[] {
  return lightVehicles.map((v) => {
    const car = /軽[三四]輪/.test(v.kind);
    return finding('TAX_LIGHT_VEHICLE', car ? 'warning' : 'info', `${v.kind}（標識 ${v.plate}・${v.registered_on} 登録）を保有: 保有・使用の可否を確認してください`);
  });
}

/** A taxpayer outside the household who claims the person is a 扶養義務者 able to help (法4条2項). */
export function supportFindings({ claimedBy, dependants, fiscalYear }: TaxFacts): Finding[] {
  const year = warekiFiscalYear(fiscalYear);
  const found: Finding[] = [];
  if (claimedBy?.living_apart) {
    found.push(finding('TAX_CLAIMED_BY_OUTSIDE_HOUSEHOLD', 'warning', `${year} 世帯外の者（宛名番号 ${claimedBy.taxpayer_atena_no}）の${claimedBy.relation}として申告されています: 扶養義務者の援助の可否を確認してください`));
  }
  const apart = dependants.filter((d) => d.living_apart);
  if (apart.length > 0) {
    found.push(finding('TAX_SUPPORTS_OUTSIDE_HOUSEHOLD', 'info', `${year} 世帯外の ${apart.length}人を扶養親族として申告: 仕送り等の実態を確認してください`));
  }
  return found;
}
