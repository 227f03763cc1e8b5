import { addDays, addMonths, addYears, ageOn, bySeverity, daysBetween, finding, fiscalYearOf, yen, type Finding } from '@smart-casework/kit';
import type { CertificationRow } from './data/certifications';
import type { InsuredRow } from './data/insured';
import type { PremiumRow } from './data/premiums';
import { CARE_LEVELS, FIRST_CATEGORY_AGE, NOT_ELIGIBLE, SECOND_CATEGORY_AGE, SEVERE_FROM } from './parameters';

/** What the care division knows of one person, as the rules read it. */
export interface CareFacts {
  /** From 住民記録 (@requires); null when the gateway did not pass it. */
  birthDate: string | null;
  insured: InsuredRow | null;
  /** Newest decision first. */
  certifications: readonly CertificationRow[];
  /** Newest 年度 first. */
  premiums: readonly PremiumRow[];
}

/** A renewal is applied for up to 60 days before the validity ends (介護保険法施行規則). */
export const RENEWAL_WINDOW_DAYS = 60;
/** How far back a change of level still calls for a new care plan. */
export const LEVEL_CHANGE_MONTHS = 3;

const validity = (c: CertificationRow) => `有効期間 ${c.valid_from ?? '—'}〜${c.valid_to ?? '—'}`;

/** The latest certification's level, while it is valid. */
function levelFinding(cert: CertificationRow, on: string): Finding | null {
  if (cert.level === NOT_ELIGIBLE) return finding('CARE_NOT_ELIGIBLE', 'info', `要介護認定は非該当（${cert.certified_on}認定）: 介護扶助の対象外`);
  if (!cert.valid_from || !cert.valid_to || cert.valid_from > on || cert.valid_to < on) return null;
  const rank = CARE_LEVELS.indexOf(cert.level as (typeof CARE_LEVELS)[number]);
  if (rank >= SEVERE_FROM) {
    return finding('CARE_LEVEL_SEVERE', 'critical', `${cert.level}（${validity(cert)}）: 在宅か施設入所かを確認（施設なら介護施設入所者加算・施設の介護扶助）`);
  }
  return finding('CARE_LEVEL', 'info', `${cert.level}（${validity(cert)}）: ケアプランに基づく介護扶助を確認`);
}

/** Validity ending soon (renewal needed) or already over. */
function expiryFinding(cert: CertificationRow, on: string): Finding | null {
  if (!cert.valid_to || cert.level === NOT_ELIGIBLE) return null;
  const days = daysBetween(on, cert.valid_to);
  if (days < 0) return finding('CARE_CERT_EXPIRED', 'critical', `要介護認定（${cert.level}）の有効期間が${cert.valid_to}に終了: 更新申請の有無を確認（期限切れでは介護扶助を継続できない）`);
  if (days <= RENEWAL_WINDOW_DAYS) return finding('CARE_CERT_EXPIRING', 'warning', `要介護認定（${cert.level}）の有効期間が${cert.valid_to}に終了（残り${days}日）: 更新申請を確認`);
  return null;
}

/** A level different from the previous decision, in force for less than three months. */
function levelChangeFinding(current: CertificationRow, previous: CertificationRow | undefined, on: string): Finding | null {
  if (!previous || previous.level === current.level) return null;
  const since = current.valid_from ?? current.certified_on;
  if (since < addMonths(on, -LEVEL_CHANGE_MONTHS) || since > on) return null;
  return finding('CARE_LEVEL_CHANGED', 'warning', `要介護度が${previous.level}→${current.level}に変更（${since}から、${current.application_kind}）: 介護扶助の計画と支給限度額を見直し`);
}

/** The premium of the 年度 a date falls in, else the latest assessed. */
export function currentPremium(premiums: readonly PremiumRow[], on: string): PremiumRow | null {
  const fiscalYear = fiscalYearOf(on);
  return premiums.find((p) => p.fiscal_year === fiscalYear) ?? premiums[0] ?? null;
}

/** 第1号 premium: paid by the person → 介護保険料加算; withheld from a pension → deducted from that income. */
function premiumFinding(facts: CareFacts, on: string): Finding | null {
  if (facts.insured?.category !== '第1号' || facts.insured.lost_on) return null;
  const premium = currentPremium(facts.premiums, on);
  if (!premium) return null;
  const assessed = `${premium.fiscal_year}年度 第${premium.stage}段階 年額${yen(premium.annual_amount)}`;
  if (premium.collection_method === '特別徴収') {
    // Withheld premiums are deducted from the pension recognised as income rather than added (unverified as a rule; DOMAIN 3.2).
    return finding('CARE_PREMIUM_WITHHELD', 'info', `第1号保険料 ${assessed}（月額${yen(premium.monthly_amount)}）は年金から特別徴収: 年金の収入認定で控除`);
  }
  return finding('CARE_PREMIUM_ADDITION', 'warning', `第1号保険料 ${assessed}・普通徴収: 介護保険料加算 月額${yen(premium.monthly_amount)}を計上`);
}

/** An age is reached, and 資格 acquired, on the day before the birthday (年齢計算ニ関スル法律). */
export function ageReachedOn(birthDate: string, age: number): string {
  return addDays(addYears(birthDate, age), -1);
}

/** Age-based checks: 65+ without 第1号 資格, turning 65 soon, 40–64 certified without 資格. */
function ageFindings(facts: CareFacts, on: string): Finding[] {
  if (!facts.birthDate) return [];
  const age = ageOn(facts.birthDate, on);
  const active = facts.insured && !facts.insured.lost_on ? facts.insured : null;
  const out: Finding[] = [];
  if (age >= FIRST_CATEGORY_AGE && active?.category !== '第1号') {
    out.push(finding('CARE_NOT_INSURED_65', 'warning', `${age}歳ですが第1号被保険者の資格がありません: 住所地特例・適用除外施設・転入処理中かを確認`));
  }
  const becomes = ageReachedOn(facts.birthDate, FIRST_CATEGORY_AGE);
  const days = daysBetween(on, becomes);
  if (age < FIRST_CATEGORY_AGE && days <= RENEWAL_WINDOW_DAYS) {
    out.push(finding('CARE_TURNING_65', 'info', `${becomes}に第1号被保険者となる: 第1号保険料（介護保険料加算）の開始を確認`));
  }
  if (age >= SECOND_CATEGORY_AGE && age < FIRST_CATEGORY_AGE && !active && facts.certifications.length > 0) {
    // Recipients of 40–64 without medical insurance are not insured; care is paid wholly by 介護扶助 (unverified, DOMAIN 2.5).
    out.push(finding('CARE_NOT_INSURED_CERTIFIED', 'info', `${age}歳で介護保険の被保険者でない（医療保険未加入）: 介護サービスは介護扶助で10割`));
  }
  return out;
}

/** What a caseworker must look at in the care division's record, most urgent first. */
export function careFindings(facts: CareFacts, on: string): Finding[] {
  const [current, previous] = facts.certifications;
  const found = [
    current ? levelFinding(current, on) : null,
    current ? expiryFinding(current, on) : null,
    current ? levelChangeFinding(current, previous, on) : null,
    premiumFinding(facts, on),
    ...ageFindings(facts, on),
  ];
  return bySeverity(found.filter((f): f is Finding => f !== null));
}
