import { addDays, addMonths, ageAttainedOn, bodyDigit, firstOfMonth, replaceTables, type Knex } from '@smart-casework/kit';
import type { City, CityHousehold, CityPerson } from '@smart-casework/kit/city';
import type { BenefitRow } from '../src/data/benefits';
import type { ExemptionRow } from '../src/data/exemptions';
import type { InsuredPeriodRow } from '../src/data/insured';

/** 国民年金 began in April 1961: nobody was insured before. */
const SCHEME_START = '1961-04-01';

/** 基礎年金番号 shown masked; the last four digits are derived from the atenaNo, not real. */
function maskedBasicPensionNo(atenaNo: string): string {
  return `****-**${[...atenaNo.slice(0, -1)].reverse().join('').slice(0, 4).padEnd(4, '0')}`;
}

function totalIncome(p: CityPerson): number {
  return p.income.salary + p.income.publicPension + p.income.business + p.income.realEstate + p.income.miscellaneous;
}

/** When a 第2号 (first job, an April) or a 第3号 (marriage) left 第1号. */
function categoryChangedOn(p: CityPerson): string {
  const born = Number(p.birthDate.slice(0, 4));
  if (p.pensionCategory === '第2号') return `${born + 22 + (bodyDigit(p.atenaNo, 0) % 3)}-04-01`;
  return `${born + 24 + (bodyDigit(p.atenaNo, 0) % 8)}-${String(1 + bodyDigit(p.atenaNo, 1)).padStart(2, '0')}-01`;
}

type Period = Pick<InsuredPeriodRow, 'category' | 'acquired_on' | 'acquisition_reason'> & Partial<Pick<InsuredPeriodRow, 'lost_on' | 'loss_reason' | 'prior_year_income'>>;

function periodRow(p: CityPerson, historyNo: number, period: Period): InsuredPeriodRow {
  return { atena_no: p.atenaNo, history_no: historyNo, basic_pension_no: maskedBasicPensionNo(p.atenaNo), lost_on: null, loss_reason: null, prior_year_income: null, ...period };
}

/** 被保険者資格履歴: from 20歳到達 as 第1号, a change to 第2号/第3号, or 60歳到達 for those past 60. */
export function insuredPeriods(p: CityPerson, referenceDate: string): InsuredPeriodRow[] {
  const category = p.pensionCategory;
  const attained60 = category === null ? ageAttainedOn(p.birthDate, 60) : '';
  if (category === null && attained60 >= referenceDate) return [];
  const attained20 = ageAttainedOn(p.birthDate, 20);
  const from20 = attained20 < SCHEME_START ? SCHEME_START : attained20;
  const first = { category: '第1号', acquired_on: from20, acquisition_reason: '20歳到達' };
  if (category === null) return [periodRow(p, 1, { ...first, lost_on: attained60, loss_reason: '60歳到達' })];
  const changedOn = categoryChangedOn(p);
  if (category === '第1号' || changedOn <= from20 || changedOn > referenceDate) return [periodRow(p, 1, { ...first, category, prior_year_income: totalIncome(p) })];
  return [
    periodRow(p, 1, { ...first, lost_on: changedOn, loss_reason: `${category}被保険者該当` }),
    periodRow(p, 2, { category, acquired_on: changedOn, acquisition_reason: category === '第2号' ? '厚生年金保険資格取得' : '被扶養配偶者認定', prior_year_income: totalIncome(p) }),
  ];
}

/**
 * 法定免除 from the month before 生活扶助 (or a disability pension) started, notified a little
 * later; 申請全額免除 for the current 免除年度 (July to June), applied for in July.
 */
export function exemptions(p: CityPerson, household: CityHousehold | undefined, referenceDate: string): ExemptionRow[] {
  if (p.pensionExemption === null) return [];
  const base = { atena_no: p.atenaNo, history_no: 1, kind: p.pensionExemption };
  if (p.pensionExemption === '法定免除') {
    const disability = p.pension?.kind === '障害基礎年金' ? p.pension : null;
    const start = disability?.startedOn ?? household?.assistance?.startedOn ?? p.addressSince;
    const notifiedOn = [addDays(start, 7 + bodyDigit(p.atenaNo, 0)), referenceDate].sort()[0] ?? referenceDate;
    return [{ ...base, reason: disability ? '障害基礎年金受給' : '生活扶助受給', period_from: addMonths(firstOfMonth(start), -1), period_to: null, notified_on: notifiedOn }];
  }
  const year = Number(referenceDate.slice(0, 4)) - (referenceDate.slice(5) < '07-01' ? 1 : 0);
  const from = `${year}-07-01`;
  return [{ ...base, reason: '前年所得が基準以下', period_from: from, period_to: addDays(addMonths(from, 12), -1), notified_on: addDays(from, 3 + bodyDigit(p.atenaNo, 0)) }];
}

export function benefits(p: CityPerson): BenefitRow[] {
  if (!p.pension) return [];
  return [{ atena_no: p.atenaNo, benefit_no: 1, kind: p.pension.kind, grade: p.pension.grade, annual_amount: p.pension.annualAmount, started_on: p.pension.startedOn, ended_on: null }];
}

/** Writes the 国民年金 part of the demo city from the persons' pension traits. */
export async function seed(db: Knex, city: City): Promise<void> {
  const households = new Map(city.households.map((h) => [h.householdNo, h]));
  const periodRows = city.persons.flatMap((p) => insuredPeriods(p, city.referenceDate));
  const exemptionRows = city.persons.flatMap((p) => exemptions(p, households.get(p.householdNo), city.referenceDate));
  const benefitRows = city.persons.flatMap(benefits);
  await replaceTables(db, [
    ['pension_insured_periods', periodRows],
    ['pension_exemptions', exemptionRows],
    ['pension_benefits', benefitRows],
  ]);
}
