import { addMonths, ageOn, bySeverity, finding, yen, type Finding } from '@smart-casework/kit';
import { PAYMENT_MONTHS, PENSIONABLE_AGE, RECENT_MONTHS, disabilityAddition, fullOldAgePension, monthlyAmount } from './parameters';
import { activeBenefits, currentPeriod, exemptionOn, type PensionRecordModel } from './record';
import type { BenefitRow } from './data/benefits';

/** What the 国民年金 department tells a caseworker about a person on a day, most urgent first. */
export function pensionFindings(record: PensionRecordModel, on: string): Finding[] {
  return bySeverity([...unclaimedPension(record, on), ...pensionIncome(record, on), ...recentlyStarted(record, on), ...statutoryExemption(record, on), ...disabilityAdditionCheck(record, on)]);
}

function benefitName(benefit: BenefitRow): string {
  return benefit.grade === null ? benefit.kind : `${benefit.kind}${benefit.grade}級`;
}

/** 他法他施策: a person of pensionable age with no pension must claim the 老齢基礎年金 first (法4条2項). */
export function unclaimedPension(record: PensionRecordModel, on: string): Finding[] {
  if (record.birthDate === null) return [];
  const age = ageOn(record.birthDate, on);
  if (age < PENSIONABLE_AGE || activeBenefits(record, on).length > 0) return [];
  const full = monthlyAmount(fullOldAgePension(record.birthDate, on));
  return [finding('PENSION_UNCLAIMED', 'critical', `${age}歳で年金の受給記録なし：老齢基礎年金の請求を確認（他法他施策、満額なら月額${yen(full)}）`)];
}

/** Public pensions are income recognised in full (収入認定). */
export function pensionIncome(record: PensionRecordModel, on: string): Finding[] {
  return activeBenefits(record, on).map((b) =>
    finding('PENSION_INCOME', 'warning', `${benefitName(b)}を受給中：月額${yen(monthlyAmount(b.annual_amount))}（年額${yen(b.annual_amount)}、${PAYMENT_MONTHS}払い）を収入として全額認定`),
  );
}

/** A benefit that started lately comes with back pay, which 63条 may require to be repaid. */
export function recentlyStarted(record: PensionRecordModel, on: string): Finding[] {
  const since = addMonths(on, -RECENT_MONTHS);
  return activeBenefits(record, on)
    .filter((b) => b.started_on > since)
    .map((b) => finding('PENSION_STARTED', 'critical', `${benefitName(b)}の受給開始（${b.started_on}）：収入認定の開始と遡及支給分の返還（63条）を確認`));
}

/**
 * 国民年金法89条: a 第1号 on 生活扶助 is exempt on notification. The department does not know who
 * is on assistance; a 第1号 with no income and no exemption is the case to look at.
 */
export function statutoryExemption(record: PensionRecordModel, on: string): Finding[] {
  const period = currentPeriod(record, on);
  if (period?.category !== '第1号' || period.prior_year_income !== 0 || exemptionOn(record, on)) return [];
  return [finding('PENSION_STATUTORY_EXEMPTION', 'warning', '第1号被保険者で前年所得なし・保険料免除の記録なし：生活扶助を受けるなら法定免除の届出（国民年金法89条）を確認')];
}

/** 障害基礎年金 1級 / 2級 qualify for 障害者加算 (not added to 母子加算: the higher applies). */
export function disabilityAdditionCheck(record: PensionRecordModel, on: string): Finding[] {
  return activeBenefits(record, on).flatMap((b) => {
    const addition = b.kind === '障害基礎年金' && b.grade !== null ? disabilityAddition(b.grade, on) : null;
    if (!addition) return [];
    return [finding('PENSION_DISABILITY_ADDITION', 'warning', `${benefitName(b)}：障害者加算（月額${yen(addition.min)}〜${yen(addition.max)}、級地による）の計上を確認`)];
  });
}
