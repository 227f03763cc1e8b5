import { addMonths, addYears, ageOn, bySeverity, effectiveOn, finding, warekiFiscalYear, yen, type Finding } from '@smart-casework/kit';
import { INSURANCE } from './parameters';
import { arrearsTotal, currentEnrolment, type InsuranceFacts } from './record';

/** The law that ends each scheme's membership when assistance starts. */
const EXCLUSION = { 国保: '国保法6条9号', 後期: '高確法51条1号' } as const;
const SCHEME_NAME = { 国保: '国民健康保険', 後期: '後期高齢者医療' } as const;

/** What the health-insurance division tells a caseworker about one person, most urgent first. */
export function insuranceFindings(facts: InsuranceFacts): Finding[] {
  return bySeverity([...enrolledFindings(facts), ...employeeInsuranceFindings(facts), ...arrearsFindings(facts), ...lateElderlyFindings(facts)]);
}

/** A current membership must end on the day assistance starts; medical care is then 医療扶助. */
export function enrolledFindings({ enrolments, today }: InsuranceFacts): Finding[] {
  const current = currentEnrolment(enrolments, today);
  if (!current) return [];
  return [
    finding(
      current.scheme === '国保' ? 'INS_KOKUHO_ENROLLED' : 'INS_KOKI_ENROLLED',
      'warning',
      `${SCHEME_NAME[current.scheme]}に加入中（${current.acquired_on} 取得・${current.acquisition_reason}）: 保護開始日で資格喪失となるため喪失の届出を確認してください（${EXCLUSION[current.scheme]}）`,
    ),
  ];
}

/** Leaving 国保 for an employee scheme means a new job: income the benefit must recognise. */
export function employeeInsuranceFindings({ enrolments, today }: InsuranceFacts): Finding[] {
  const since = addMonths(today, -effectiveOn(INSURANCE, today).employmentSignalMonths);
  return enrolments
    .filter((e) => e.loss_reason === '社保加入' && e.lost_on !== null && e.lost_on > since && e.lost_on <= today)
    .map((e) => finding('INS_JOINED_EMPLOYEE_INSURANCE', 'critical', `${e.lost_on} 社保加入により${e.scheme}を喪失: 就労の開始が考えられるため勤務先・就労収入を確認してください`));
}

/** Unpaid premiums, by scheme and year, with the total. */
export function arrearsFindings({ arrears }: InsuranceFacts): Finding[] {
  if (arrears.length === 0) return [];
  const counts = new Map<string, number>();
  for (const a of arrears) {
    const key = `${a.scheme} ${warekiFiscalYear(a.fiscal_year)}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const detail = [...counts].map(([key, n]) => `${key} ${n}期分`).join('・');
  return [finding('INS_PREMIUM_ARREARS', 'warning', `保険料の滞納 ${yen(arrearsTotal(arrears))}（${detail}）: 滞納の経緯と納付相談の状況を確認してください`)];
}

/** From 75 everyone belongs to 後期, unless 生活保護 excludes them: anything else is to be checked. */
export function lateElderlyFindings({ birthDate, enrolments, today }: InsuranceFacts): Finding[] {
  if (!birthDate) return [];
  const { lateElderlyAge } = effectiveOn(INSURANCE, today);
  const age = ageOn(birthDate, today);
  if (age < lateElderlyAge) return [];
  const current = currentEnrolment(enrolments, today);
  if (current?.scheme === '国保') {
    return [finding('INS_LATE_ELDERLY_ON_KOKUHO', 'warning', `${lateElderlyAge}歳到達（${addYears(birthDate, lateElderlyAge)}）後も国保に加入中: 後期高齢者医療への移行を確認してください`)];
  }
  if (current || enrolments.some((e) => e.loss_reason === '生保開始')) return [];
  return [finding('INS_LATE_ELDERLY_WITHOUT_RECORD', 'warning', `${age}歳ですが後期高齢者医療の資格がありません: 医療保険の加入状況（医療扶助・資格取得の届出）を確認してください`)];
}
