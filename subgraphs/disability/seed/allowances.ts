import { addDays, addMonths, addYears, effectiveOn } from '@smart-casework/kit';
import type { CityPerson, DisabilityTrait } from '@smart-casework/kit/city';
import type { AllowanceRow } from '../src/data/allowances';
import { ADULT_AGE, ALLOWANCE_INCOME_LIMITS, allowanceAmount, DISABLED_CHILD_ALLOWANCE, SPECIAL_DISABILITY_ALLOWANCE } from '../src/parameters';

/** The heaviest grades: 特別障害者手当 (20+) or 障害児福祉手当 (under 20) may be paid. */
function qualifies(trait: DisabilityTrait, adult: boolean): boolean {
  if (trait.kind === '療育') return trait.grade === 'A';
  if (adult) return trait.grade === '1級';
  return trait.grade === '1級' || (trait.kind === '身体' && trait.grade === '2級');
}

/** Days from eligibility (20th birthday or issue) to the decision. */
const DECISION_DAYS = 60;

/**
 * Half of those who qualify (even atenaNo digit) receive the allowance; the others have not
 * claimed it, which the claim rule points out. Paid from the month after the decision.
 */
export function allowanceRow(p: CityPerson, trait: DisabilityTrait, age: number, digit: number, on: string): AllowanceRow | null {
  const adult = age >= ADULT_AGE;
  if (!qualifies(trait, adult) || digit % 2 !== 0) return null;
  const eligibleFrom = adult ? addYears(p.birthDate, ADULT_AGE) : p.birthDate;
  const certifiedOn = addDays(eligibleFrom > trait.issuedOn ? eligibleFrom : trait.issuedOn, DECISION_DAYS);
  if (certifiedOn > on) return null;
  const kind = adult ? SPECIAL_DISABILITY_ALLOWANCE : DISABLED_CHILD_ALLOWANCE;
  const { salary, publicPension, business, realEstate, miscellaneous } = p.income;
  const overLimit = salary + publicPension + business + realEstate + miscellaneous > effectiveOn(ALLOWANCE_INCOME_LIMITS, on).ownIncome;
  return {
    atena_no: p.atenaNo,
    kind,
    monthly_amount: allowanceAmount(kind, on),
    certified_on: certifiedOn,
    paid_from: addMonths(`${certifiedOn.slice(0, 7)}-01`, 1),
    status: overLimit ? '支給停止' : '支給中',
  };
}
