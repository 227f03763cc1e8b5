import { addDays, addMonths, ageOn, bodyDigit, daysBetween, fiscalYearOf, fiscalYearStart, withCheckDigit } from '@smart-casework/kit';
import type { City, CityPerson } from '@smart-casework/kit/city';
import type { CertificationRow } from '../src/data/certifications';
import type { InsuredRow } from '../src/data/insured';
import type { PremiumRow } from '../src/data/premiums';
import { ageReachedOn } from '../src/findings';
import { CARE_LEVELS, FIRST_CATEGORY_AGE, premiumFor, SECOND_CATEGORY_AGE, WITHHOLDING_PENSION_MIN } from '../src/parameters';
import { premiumStage, type StageFacts } from './premium-stage';

/**
 * A person who moved in this recently has no 資格 entered yet (the registry-to-care hand-over
 * lags), which shows the 65+ without 資格 rule on real-looking data.
 */
const ENTRY_LAG_DAYS = 14;

export interface CareRows {
  insured: InsuredRow[];
  certifications: CertificationRow[];
  premiums: PremiumRow[];
}

/** 資格: 65+ are 第1号; 40–64 with medical insurance (not 医療扶助) are 第2号. */
function insuredRow(p: CityPerson, serial: number, on: string): InsuredRow | null {
  const age = ageOn(p.birthDate, on);
  if (age < SECOND_CATEGORY_AGE || daysBetween(p.residentSince, on) < ENTRY_LAG_DAYS) return null;
  const first = age >= FIRST_CATEGORY_AGE;
  const covered = p.healthCover !== 'none';
  if (!first && !covered) return null;
  // Without medical insurance a person first becomes insured at 65.
  const reached = ageReachedOn(p.birthDate, covered ? SECOND_CATEGORY_AGE : FIRST_CATEGORY_AGE);
  const movedIn = p.residentSince > reached;
  return {
    atena_no: p.atenaNo,
    insured_no: withCheckDigit(serial, 9),
    category: first ? '第1号' : '第2号',
    acquired_on: movedIn ? p.residentSince : reached,
    acquisition_reason: movedIn ? '転入' : '年齢到達',
    lost_on: null,
    loss_reason: null,
  };
}

/**
 * The trait is the current decision. A validity of a year or more is a renewal (更新); a short
 * one a new application (新規) or a change of level (区分変更). The atenaNo's last body digit
 * decides which short ones are changes and which renewals changed the level.
 */
function certificationRows(p: CityPerson): CertificationRow[] {
  const care = p.care;
  if (!care) return [];
  const digit = bodyDigit(p.atenaNo);
  const rank = CARE_LEVELS.indexOf(care.level);
  const renewal = care.validTo >= addDays(addMonths(care.validFrom, 12), -1);
  const kind = renewal ? '更新' : digit % 3 === 2 && rank > 0 ? '区分変更' : '新規';
  const current: CertificationRow = {
    atena_no: p.atenaNo,
    history_no: kind === '新規' ? 1 : 2,
    applied_on: renewal ? addDays(care.validFrom, -45) : care.validFrom,
    application_kind: kind,
    certified_on: care.certifiedOn,
    level: care.level,
    valid_from: care.validFrom,
    valid_to: care.validTo,
  };
  if (kind === '新規') return [current];
  const changed = kind === '区分変更' || (digit % 4 === 0 && rank > 0);
  const priorFrom = addMonths(care.validFrom, -12);
  const prior: CertificationRow = {
    atena_no: p.atenaNo,
    history_no: 1,
    applied_on: priorFrom,
    application_kind: '新規',
    certified_on: addDays(priorFrom, 30),
    level: changed ? (CARE_LEVELS[rank - 1] ?? care.level) : care.level,
    valid_from: priorFrom,
    valid_to: addDays(care.validFrom, -1),
  };
  return [prior, current];
}

/** 第1号 premium of the current 年度; withheld from a pension of 180,000円+ once the 資格 predates the 年度. */
function premiumRow(p: CityPerson, insured: InsuredRow, facts: StageFacts, on: string): PremiumRow {
  const fiscalYear = fiscalYearOf(on);
  const premium = premiumFor(premiumStage(p, facts, on), on);
  const withheld = p.income.publicPension >= WITHHOLDING_PENSION_MIN && insured.acquired_on < fiscalYearStart(fiscalYear);
  return {
    atena_no: p.atenaNo,
    fiscal_year: fiscalYear,
    stage: premium.stage,
    annual_amount: premium.annual,
    monthly_amount: premium.monthly,
    collection_method: withheld ? '特別徴収' : '普通徴収',
  };
}

/** The care division's rows for the city, derived from ages, health cover, incomes and care traits. */
export function careRows(city: City): CareRows {
  const on = city.referenceDate;
  const households = new Map(city.households.map((h) => [h.householdNo, h]));
  const byAtenaNo = new Map(city.persons.map((p) => [p.atenaNo, p]));
  const rows: CareRows = { insured: [], certifications: [], premiums: [] };
  for (const p of city.persons) {
    if (p.status !== '住民') continue;
    const household = households.get(p.householdNo);
    const members = (household?.memberAtenaNos ?? []).flatMap((a) => byAtenaNo.get(a) ?? []);
    const insured = insuredRow(p, rows.insured.length + 1, on);
    if (insured) rows.insured.push(insured);
    if (insured?.category === '第1号') rows.premiums.push(premiumRow(p, insured, { onAssistance: household?.assistance != null, members }, on));
    rows.certifications.push(...certificationRows(p));
  }
  return rows;
}
