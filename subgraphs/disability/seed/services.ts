import { addDays, addMonths, addYears, effectiveOn } from '@smart-casework/kit';
import type { CityPerson, DisabilityTrait } from '@smart-casework/kit/city';
import type { ServiceRow } from '../src/data/services';
import { CARE_INSURANCE_AGE, COPAY_CAPS } from '../src/parameters';

interface Grant {
  kind: string;
  quantity: string;
  supportLevel: string | null;
}

const ADULT_SERVICES_AGE = 18;
const WORK_B: Grant = { kind: '就労継続支援B型', quantity: '月22日', supportLevel: null };

function adultGrants(trait: DisabilityTrait, working: boolean, digit: number): Grant[] {
  const { kind, grade } = trait;
  if (kind === '身体') {
    if (grade !== '1級' && grade !== '2級') return working && digit % 4 === 0 ? [WORK_B] : [];
    if (trait.category?.includes('視覚')) return [{ kind: '同行援護', quantity: '月20時間', supportLevel: null }];
    return [{ kind: '居宅介護', quantity: '月30時間', supportLevel: digit % 2 === 0 ? '区分4' : '区分5' }];
  }
  if (kind === '療育') {
    if (grade !== 'A') return working ? [WORK_B] : [];
    const dayCare: Grant = { kind: '生活介護', quantity: '月22日', supportLevel: '区分5' };
    return digit % 2 === 0 ? [dayCare, { kind: '短期入所', quantity: '月7日', supportLevel: '区分5' }] : [dayCare];
  }
  if (grade === '1級') return [{ kind: '居宅介護', quantity: '月15時間', supportLevel: '区分3' }];
  if (grade === '2級') return working ? [WORK_B] : [];
  return working && digit % 3 === 0 ? [{ kind: '就労移行支援', quantity: '月22日', supportLevel: null }] : [];
}

/** Services granted from the trait's kind and grade, the person's age and the atenaNo digit. */
function grantsFor(trait: DisabilityTrait, age: number, digit: number): Grant[] {
  if (age >= ADULT_SERVICES_AGE) return adultGrants(trait, age < CARE_INSURANCE_AGE, digit);
  if (trait.kind === '精神') return [];
  return [{ kind: '放課後等デイサービス', quantity: trait.grade === 'A' || trait.grade === '1級' ? '月23日' : '月15日', supportLevel: null }];
}

// Demo approximation of the 負担上限 classes: 低所得 (市町村民税非課税) and 一般1 by household income.
const LOW_INCOME_LIMIT = 3_000_000;
const GENERAL1_LIMIT = 6_000_000;

/** 利用者負担上限月額: 0 under 生活保護 and for low incomes, else by the household's income. */
export function copayCap(onAssistance: boolean, householdIncome: number, on: string): number {
  const caps = effectiveOn(COPAY_CAPS, on);
  if (onAssistance || householdIncome < LOW_INCOME_LIMIT) return caps.none;
  return householdIncome < GENERAL1_LIMIT ? caps.general1 : caps.general2;
}

/** One year's 支給決定, starting 0–9 months back (by the digit) so that some end soon. */
export function serviceRows(p: CityPerson, trait: DisabilityTrait, age: number, digit: number, cap: number, on: string): ServiceRow[] {
  const grantedFrom = addMonths(`${on.slice(0, 7)}-01`, -digit);
  return grantsFor(trait, age, digit).map((grant) => ({
    atena_no: p.atenaNo,
    service_kind: grant.kind,
    granted_from: grantedFrom,
    granted_to: addDays(addYears(grantedFrom, 1), -1),
    granted_quantity: grant.quantity,
    support_level: grant.supportLevel,
    copay_cap: cap,
  }));
}
