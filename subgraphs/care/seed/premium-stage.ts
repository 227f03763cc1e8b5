import { ageOn, effectiveOn } from '@smart-casework/kit';
import type { CityPerson } from '@smart-casework/kit/city';
import { PREMIUM_PERIODS } from '../src/parameters';

/** What decides a 第1号 person's 所得段階 besides their own income. */
export interface StageFacts {
  /** 生活保護 recipients are stage 1. */
  onAssistance: boolean;
  /** The household's members (世帯課税 or 非課税 depends on all of them). */
  members: readonly CityPerson[];
}

// Demo approximations of the tax rules, so the city's stages spread sensibly: 給与所得控除 at its
// 550,000円 minimum, 公的年金等控除 1,100,000円 from 65 (600,000円 below), and a single person's
// 非課税限度額 in a 2級地 (315,000 + 100,000円, DOMAIN 2.8, unverified).
const SALARY_DEDUCTION = 550_000;
const PENSION_DEDUCTION_65 = 1_100_000;
const PENSION_DEDUCTION = 600_000;
const NON_TAXABLE_LIMIT = 415_000;

function pensionIncome(p: CityPerson, on: string): number {
  const deduction = ageOn(p.birthDate, on) >= 65 ? PENSION_DEDUCTION_65 : PENSION_DEDUCTION;
  return Math.max(0, p.income.publicPension - deduction);
}

/** 合計所得金額 (approximate). */
function totalIncome(p: CityPerson, on: string): number {
  const { salary, business, realEstate, miscellaneous } = p.income;
  return Math.max(0, salary - SALARY_DEDUCTION) + pensionIncome(p, on) + business + realEstate + miscellaneous;
}

const taxable = (p: CityPerson, on: string) => totalIncome(p, on) > NON_TAXABLE_LIMIT;

/** 第9期 national standard: 世帯非課税 1–3 and 本人非課税 4–5 by 年金収入等, 本人課税 6–13 by 合計所得. */
export function premiumStage(p: CityPerson, facts: StageFacts, on: string): number {
  if (facts.onAssistance) return 1;
  const period = effectiveOn(PREMIUM_PERIODS, on);
  const [low, middle] = period.lowIncomeLimits;
  if (!taxable(p, on)) {
    // 本人の課税年金収入額 + その他の合計所得金額
    const pensionAndOther = p.income.publicPension + totalIncome(p, on) - pensionIncome(p, on);
    if (facts.members.some((m) => taxable(m, on))) return pensionAndOther <= low ? 4 : 5;
    return pensionAndOther <= low ? 1 : pensionAndOther <= middle ? 2 : 3;
  }
  const index = period.incomeLimits.findIndex((limit) => totalIncome(p, on) < limit);
  return index === -1 ? period.stageRatiosPermille.length : 6 + index;
}
