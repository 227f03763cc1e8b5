import { effectiveOn, firstOfMonth, schoolYearEnd, type Dated as KitDated } from '@smart-casework/kit';

/**
 * Amounts as dated parameters: each set is valid from `from` until the next one. FY2025 values
 * are DOMAIN.md 2.1–2.3 and 3.2; the FY2024 sets (児童扶養手当, 特別児童扶養手当) are the published
 * 告示 amounts of that year, kept so that revision histories can be derived. Add a set each April.
 */
interface Dated extends KitDated {
  /** 改定事由 of the change that brought this set in (revision histories use it). */
  revision: string;
}

/** Oldest set first. */
type Table<T extends Dated> = readonly T[];

export type Program = '児童手当' | '児童扶養手当' | '特別児童扶養手当';

export const PAYMENT_MONTHS: Record<Program, string> = { 児童手当: '偶数月', 児童扶養手当: '奇数月', 特別児童扶養手当: '4・8・11月' };

/** Monthly yen for `[the 1st and 2nd child, each from the 3rd]`. */
type ByOrder = readonly [number, number];

/** 児童手当 per child and month; a band pays until the 31 March after `untilAge`. */
const CHILD_ALLOWANCE: Table<Dated & { countedUntilAge: number; under3: ByOrder; bands: readonly { untilAge: number; amounts: ByOrder }[] }> = [
  { from: '2012-04-01', revision: '制度改正', countedUntilAge: 18, under3: [15_000, 15_000], bands: [{ untilAge: 12, amounts: [10_000, 15_000] }, { untilAge: 15, amounts: [10_000, 10_000] }] },
  // 2024-10 reform: paid to the end of 高校生年代, 30,000円 from the 3rd child, who counts up to 22.
  { from: '2024-10-01', revision: '制度改正（児童手当の拡充）', countedUntilAge: 22, under3: [15_000, 30_000], bands: [{ untilAge: 18, amounts: [10_000, 30_000] }] },
];

/** 児童扶養手当 全部支給 monthly: 本体額 (first child), 2nd child, each from the 3rd. */
const CHILD_REARING: Table<Dated & { first: number; second: number; thirdOnward: number }> = [
  { from: '2024-04-01', revision: '物価スライドによる額改定', first: 45_500, second: 10_750, thirdOnward: 6_450 },
  { from: '2024-11-01', revision: '制度改正（第3子以降の加算額の引上げ）', first: 45_500, second: 10_750, thirdOnward: 10_750 },
  { from: '2025-04-01', revision: '物価スライドによる額改定', first: 46_690, second: 11_030, thirdOnward: 11_030 },
];

/**
 * 児童扶養手当 一部支給 ranges (10円 steps by income): 本体額 and each further child. The 2024-11
 * set is FY2024's (from the reform that paid the 3rd child like the 2nd); earlier dates use it too.
 */
const CHILD_REARING_PARTIAL: Table<Dated & { first: Range; further: Range }> = [
  { from: '2024-11-01', revision: '制度改正（第3子以降の加算額の引上げ）', first: { min: 10_740, max: 45_490 }, further: { min: 5_380, max: 10_740 } },
  { from: '2025-04-01', revision: '物価スライドによる額改定', first: { min: 11_010, max: 46_680 }, further: { min: 5_520, max: 11_020 } },
];

/** 特別児童扶養手当 monthly per child, by grade. */
const SPECIAL_CHILD: Table<Dated & { byGrade: Record<string, number> }> = [
  { from: '2024-04-01', revision: '物価スライドによる額改定', byGrade: { '1級': 55_350, '2級': 36_860 } },
  { from: '2025-04-01', revision: '物価スライドによる額改定', byGrade: { '1級': 56_800, '2級': 37_830 } },
];

type Range = { min: number; max: number };

/** 生活保護 加算 (in-home, monthly): ranges run from 3級地 (min) to 1級地 (max). */
const ADDITIONS: Table<Dated & { childRearing: number; singleParent: Record<'oneChild' | 'twoChildren' | 'eachFurther', Range>; disabilityBySpecialGrade: Record<string, Range> }> = [
  {
    from: '2025-04-01',
    revision: '基準改定',
    childRearing: 10_190,
    singleParent: { oneChild: { min: 16_100, max: 18_800 }, twoChildren: { min: 20_200, max: 23_600 }, eachFurther: { min: 2_500, max: 2_900 } },
    // 特別児童扶養手当 1級 ≈ 身体手帳 1・2級, 2級 ≈ 身体 3級 (DOMAIN.md 2.3).
    disabilityBySpecialGrade: { '1級': { min: 23_060, max: 26_810 }, '2級': { min: 15_380, max: 17_870 } },
  },
];

/** When the rates of 児童扶養手当 or 特別児童扶養手当 changed, oldest first, and why. */
export function rateChanges(program: '児童扶養手当' | '特別児童扶養手当'): readonly Pick<Dated, 'from' | 'revision'>[] {
  return program === '児童扶養手当' ? CHILD_REARING : SPECIAL_CHILD;
}

/** The 改定事由 when 児童手当 rules changed at the start of this month, or null. */
export function childAllowanceRuleChange(month: string): string | null {
  return CHILD_ALLOWANCE.find((set) => set.from === month)?.revision ?? null;
}

/** 児童手当 for one child of a given 算定順位 in the month starting `month` (0 once past the last band). */
export function childAllowanceFor(birthDate: string, birthOrder: number, month: string): number {
  const set = effectiveOn(CHILD_ALLOWANCE, month);
  const column = birthOrder >= 3 ? 1 : 0;
  // Under-3 rate up to and including the month of the 3rd birthday.
  if (firstOfMonth(`${Number(birthDate.slice(0, 4)) + 3}${birthDate.slice(4)}`) >= month) return set.under3[column];
  const band = set.bands.find((b) => month <= schoolYearEnd(birthDate, b.untilAge));
  return band ? band.amounts[column] : 0;
}

/** 児童手当 total for a month: children born before it and still counted, ordered oldest first. */
export function childAllowanceTotal(birthDates: readonly string[], month: string): number {
  const counted = [...birthDates].filter((b) => b < month && month <= schoolYearEnd(b, effectiveOn(CHILD_ALLOWANCE, month).countedUntilAge)).sort();
  return counted.reduce((sum, b, i) => sum + childAllowanceFor(b, i + 1, month), 0);
}

/** 児童扶養手当 全部支給 for a number of children. */
export function childRearingFull(children: number, on: string): number {
  const set = effectiveOn(CHILD_REARING, on);
  if (children < 1) return 0;
  return set.first + (children >= 2 ? set.second : 0) + Math.max(0, children - 2) * set.thirdOnward;
}

/** 児童扶養手当 一部支給: the lowest and highest monthly amount for a number of children. */
export function childRearingPartialRange(children: number, on: string): Range {
  const { first, further } = effectiveOn(CHILD_REARING_PARTIAL, on);
  const more = Math.max(0, children - 1);
  return { min: first.min + more * further.min, max: first.max + more * further.max };
}

/**
 * 児童扶養手当 一部支給 at a position `share` (0 = just above the full-payment limit, 1 = at the
 * partial limit) of the income range: each part falls in 10円 steps, as the 告示 formula does.
 */
export function childRearingPartial(children: number, share: number, on: string): number {
  const { first, further } = effectiveOn(CHILD_REARING_PARTIAL, on);
  const step = (r: Range) => Math.floor((r.max - (r.max - r.min) * share) / 10) * 10;
  return children < 1 ? 0 : step(first) + Math.max(0, children - 1) * step(further);
}

/** 特別児童扶養手当 per child for a grade (1級 / 2級). */
export function specialChildAmount(grade: string, on: string): number {
  return effectiveOn(SPECIAL_CHILD, on).byGrade[grade] ?? 0;
}

/** 児童養育加算 per child to the end of 高校生年代. */
export function childRearingAddition(on: string): number {
  return effectiveOn(ADDITIONS, on).childRearing;
}

/** 母子加算 for a single parent raising `children` children. */
export function singleParentAddition(children: number, on: string): Range {
  const { oneChild, twoChildren, eachFurther } = effectiveOn(ADDITIONS, on).singleParent;
  if (children <= 1) return oneChild;
  const further = children - 2;
  return { min: twoChildren.min + further * eachFurther.min, max: twoChildren.max + further * eachFurther.max };
}

/** 障害者加算 for a child with 特別児童扶養手当 of a grade, or null. */
export function disabilityAdditionForSpecialGrade(grade: string, on: string): Range | null {
  return effectiveOn(ADDITIONS, on).disabilityBySpecialGrade[grade] ?? null;
}

/** How far back a revision or an end counts as a change still to reflect, and how far ahead to warn, in months. */
export const WINDOW_MONTHS = 3;
