import { ageOn, bySeverity, daysBetween, finding, yen, type Finding, type GradeClass } from '@smart-casework/kit';
import type { AllowanceRow } from './data/allowances';
import type { CertificateRow } from './data/certificates';
import type { ServiceRow } from './data/services';
import {
  ADULT_AGE,
  allowanceAmount,
  CARE_INSURANCE_AGE,
  CARE_INSURANCE_COUNTERPARTS,
  DISABLED_CHILD_ALLOWANCE,
  disabilityAddition,
  RENEWAL_WINDOW_DAYS,
  SPECIAL_DISABILITY_ALLOWANCE,
  type AdditionTier,
} from './parameters';

/** What the disability division knows of one person, as the rules read it. */
export interface DisabilityFacts {
  /** From 住民記録 (@requires); null when the gateway did not pass it. */
  birthDate: string | null;
  certificates: readonly CertificateRow[];
  services: readonly ServiceRow[];
  allowances: readonly AllowanceRow[];
  /** The 加算 column of the city's 級地. */
  gradeColumn: GradeClass;
}

const label = (c: CertificateRow) => `${c.kind === '身体' ? '身体障害者手帳' : c.kind === '療育' ? '療育手帳' : '精神障害者保健福祉手帳'}${c.grade}`;
const isValid = (c: CertificateRow, on: string) => c.valid_until === null || c.valid_until >= on;

/**
 * The 障害者加算 tier a certificate supports: 身体 1・2級 higher, 3級 lower. 精神 1級 as 身体
 * 1・2級 and 2級 as 3級 is common practice, not the 告示 (unverified, DOMAIN 3.2).
 */
export function additionTier(c: CertificateRow): AdditionTier | null {
  if (c.kind !== '身体' && c.kind !== '精神') return null;
  if (c.grade === '1級' || (c.kind === '身体' && c.grade === '2級')) return 'higher';
  if ((c.kind === '身体' && c.grade === '3級') || (c.kind === '精神' && c.grade === '2級')) return 'lower';
  return null;
}

/** The best 障害者加算 the valid certificates support, with its amount in the city's 級地. */
function additionFinding(facts: DisabilityFacts, on: string): Finding | null {
  const ranked = facts.certificates
    .filter((c) => isValid(c, on) && additionTier(c) !== null)
    .sort((a, b) => (additionTier(a) === 'higher' ? 0 : 1) - (additionTier(b) === 'higher' ? 0 : 1) || a.kind.localeCompare(b.kind));
  const best = ranked[0];
  const tier = best && additionTier(best);
  if (!best || !tier) return null;
  const amount = disabilityAddition(tier, facts.gradeColumn, on);
  const practice = best.kind === '精神' ? `（身体${tier === 'higher' ? '1・2' : '3'}級相当とする運用、要確認）` : '';
  return finding('DISABILITY_ADDITION', 'warning', `${label(best)}${practice}: 障害者加算 月額${yen(amount)}（${facts.gradeColumn}）の計上を確認（母子加算とは高い方のみ）`);
}

/** 有効期限 (精神手帳) within the renewal window or past; critical when the lapse ends a 加算. */
function expiryFindings(facts: DisabilityFacts, on: string): Finding[] {
  return facts.certificates.flatMap((c) => {
    if (!c.valid_until) return [];
    const days = daysBetween(on, c.valid_until);
    if (days < 0) {
      const severity = additionTier(c) ? 'critical' : 'warning';
      return [finding('DISABILITY_CERT_EXPIRED', severity, `${label(c)}の有効期限が${c.valid_until}に切れています: 更新の有無を確認（障害者加算の根拠が失われる）`)];
    }
    if (days <= RENEWAL_WINDOW_DAYS) return [finding('DISABILITY_CERT_EXPIRING', 'warning', `${label(c)}の有効期限 ${c.valid_until}（残り${days}日）: 更新申請（診断書等）を確認`)];
    return [];
  });
}

/** 再認定・次回判定 near: the grade, and with it a 加算, may change. */
function reassessmentFindings(facts: DisabilityFacts, on: string): Finding[] {
  return facts.certificates.flatMap((c) => {
    if (!c.reassess_on || daysBetween(on, c.reassess_on) > RENEWAL_WINDOW_DAYS) return [];
    return [finding('DISABILITY_REASSESSMENT_DUE', 'info', `${label(c)}の再認定・次回判定 ${c.reassess_on}: 判定結果（等級変更）を確認`)];
  });
}

const severe = (c: CertificateRow) => (c.kind === '身体' && (c.grade === '1級' || c.grade === '2級')) || (c.kind === '療育' && c.grade === 'A') || (c.kind === '精神' && c.grade === '1級');

/** 他法優先: a grade that points to 障害基礎年金 or a special allowance not yet received. */
function otherBenefitFindings(facts: DisabilityFacts, on: string): Finding[] {
  if (!facts.birthDate) return [];
  const age = ageOn(facts.birthDate, on);
  const valid = facts.certificates.filter((c) => isValid(c, on));
  const out: Finding[] = [];
  const pensionGrade = valid.find((c) => severe(c) || (c.kind === '精神' && c.grade === '2級'));
  if (age >= ADULT_AGE && age < CARE_INSURANCE_AGE && pensionGrade) {
    out.push(finding('DISABILITY_PENSION_CLAIM', 'warning', `${label(pensionGrade)}: 障害基礎年金（1・2級）に該当し得る。受給状況を確認し未請求なら請求を指導（他法優先）`));
  }
  const allowance = age >= ADULT_AGE ? SPECIAL_DISABILITY_ALLOWANCE : DISABLED_CHILD_ALLOWANCE;
  const heaviest = valid.find((c) => severe(c) && (age < ADULT_AGE || c.grade === '1級' || c.grade === 'A'));
  if (heaviest && !facts.allowances.some((a) => a.kind === allowance)) {
    out.push(finding('DISABILITY_ALLOWANCE_CLAIM', 'info', `${label(heaviest)}: ${allowance}（月額${yen(allowanceAmount(allowance, on))}）の対象か確認し申請を検討（他法優先）`));
  }
  return out;
}

/** An allowance being paid is income to recognise in full. */
function allowanceIncomeFindings(facts: DisabilityFacts): Finding[] {
  return facts.allowances
    .filter((a) => a.status === '支給中')
    .map((a) => finding('DISABILITY_ALLOWANCE_INCOME', 'critical', `${a.kind} 月額${yen(a.monthly_amount)}を受給中（${a.paid_from}から）: 収入として認定し、重度障害者加算の要否を確認`));
}

/** From 65, 介護保険 services take precedence over 障害福祉サービス that have a counterpart there. */
function careInsuranceFirstFinding(facts: DisabilityFacts, on: string): Finding | null {
  if (!facts.birthDate || ageOn(facts.birthDate, on) < CARE_INSURANCE_AGE) return null;
  const active = facts.services.filter((s) => s.granted_from <= on && s.granted_to >= on && CARE_INSURANCE_COUNTERPARTS.includes(s.service_kind)).map((s) => s.service_kind);
  if (active.length === 0) return null;
  return finding('DISABILITY_CARE_INSURANCE_FIRST', 'info', `65歳以上で障害福祉サービス（${active.join('・')}）を利用: 介護保険サービスが優先（要介護認定の申請を確認）`);
}

/** What a caseworker must look at in the disability division's record, most urgent first. */
export function disabilityFindings(facts: DisabilityFacts, on: string): Finding[] {
  const found = [
    additionFinding(facts, on),
    ...expiryFindings(facts, on),
    ...reassessmentFindings(facts, on),
    ...otherBenefitFindings(facts, on),
    ...allowanceIncomeFindings(facts),
    careInsuranceFirstFinding(facts, on),
  ];
  return bySeverity(found.filter((f): f is Finding => f !== null));
}
