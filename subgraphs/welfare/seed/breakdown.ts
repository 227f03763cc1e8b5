import { effectiveOn, endOfHighSchoolYears, gradeClass } from '@smart-casework/kit';
import type { CityPerson, HouseholdKind } from '@smart-casework/kit/city';
import { ADDITIONS, type AdditionAmounts } from '../src/parameters';

export interface BenefitLine {
  kind: string;
  amount: number;
  note: string | null;
}

export interface BreakdownInput {
  /** 級地 of the city, e.g. 2級地-1. */
  grade: string;
  /** The day the amounts are taken for. */
  on: string;
  kind: HouseholdKind;
  /** The persons the case covers, head first. */
  members: readonly CityPerson[];
  /** 最低生活費 the lines must add up to. */
  minimumCostOfLiving: number;
}

/** Whether a child still counts for 児童養育加算: born by `on` and within 高校生年代. */
export function isHighSchoolAgeOrYounger(birthDate: string, on: string): boolean {
  return birthDate <= on && on <= endOfHighSchoolYears(birthDate);
}

/** 障害者加算 of one person: 身体 1・2級, 精神 1級 or 障害年金 1級 high; 身体 3級, 精神 2級 or 障害年金 2級 low. */
export function disabilityAddition(person: CityPerson, amounts: AdditionAmounts): number {
  const d = person.disability;
  const grade = d ? Number.parseInt(d.grade, 10) : Number.NaN;
  // Treating 精神 1級 like 身体 1・2級 and 2級 like 身体 3級 is common practice (DOMAIN.md 3.2, unverified).
  const high = (d?.kind === '身体' && grade <= 2) || (d?.kind === '精神' && grade === 1);
  const low = (d?.kind === '身体' && grade === 3) || (d?.kind === '精神' && grade === 2);
  const pension = person.pension?.kind === '障害基礎年金' ? person.pension.grade : null;
  if (high || pension === 1) return amounts.disabilityHigh;
  if (low || pension === 2) return amounts.disabilityLow;
  return 0;
}

function singleParentAddition(children: number, amounts: AdditionAmounts): number {
  const [one, two, eachFurther] = amounts.singleParent;
  if (children <= 0) return 0;
  return children === 1 ? one : two + (children - 2) * eachFurther;
}

function housingCeiling(persons: number, amounts: AdditionAmounts): number {
  const [one, two, threeToFive, six, sevenPlus] = amounts.housingCeiling;
  if (persons <= 1) return one;
  if (persons === 2) return two;
  if (persons <= 5) return threeToFive;
  return persons === 6 ? six : sevenPlus;
}

/** The 加算 lines of a household; 障害者加算 and 母子加算 of the same parent are not added together. */
function additionLines(input: BreakdownInput, amounts: AdditionAmounts): BenefitLine[] {
  const children = input.members.filter((m) => isHighSchoolAgeOrYounger(m.birthDate, input.on)).length;
  const parent = input.members[0];
  let singleParent = input.kind === 'single-parent' ? singleParentAddition(children, amounts) : 0;
  const lines: BenefitLine[] = [];
  for (const member of input.members) {
    const amount = disabilityAddition(member, amounts);
    if (amount === 0) continue;
    if (member === parent && singleParent > 0 && amount <= singleParent) continue;
    if (member === parent) singleParent = 0;
    lines.push({ kind: '障害者加算', amount, note: `${member.surname}\u3000${member.givenName}` });
  }
  if (singleParent > 0) lines.push({ kind: '母子加算', amount: singleParent, note: `児童${children}人` });
  if (children > 0) lines.push({ kind: '児童養育加算', amount: children * amounts.childRearingPerChild, note: `児童${children}人` });
  return lines;
}

/**
 * 最低生活費の内訳: 加算 and 住宅扶助 (the ceiling for the household size; none for an owned
 * home), with 生活扶助 as the rest, each line cut to what is left so the lines add up to the
 * recorded minimum cost of living.
 */
export function benefitBreakdown(input: BreakdownInput): BenefitLine[] {
  const amounts = effectiveOn(ADDITIONS, input.on).byClass[gradeClass(input.grade)];
  const ownsHome = input.members.some((m) => m.buildings.some((b) => b.kind === '居宅'));
  const housing: BenefitLine = { kind: '住宅扶助', amount: ownsHome ? 0 : housingCeiling(input.members.length, amounts), note: `${input.members.length}人世帯` };
  let remaining = input.minimumCostOfLiving;
  const fit = (line: BenefitLine): BenefitLine => {
    const amount = Math.max(0, Math.min(line.amount, remaining));
    remaining -= amount;
    return { ...line, amount };
  };
  const additions = additionLines(input, amounts).map(fit);
  const fittedHousing = fit(housing);
  const living: BenefitLine = { kind: '生活扶助', amount: remaining, note: null };
  return [living, fittedHousing, ...additions].filter((line) => line === living || line.amount > 0);
}
