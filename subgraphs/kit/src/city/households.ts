import { HouseholdBuilder, type AssistanceKind, type Dwelling, type HouseholdDraft, type MemberDraft } from './household-builder';
import { sampleAge } from './population';
import type { Random } from './random';

/**
 * Household compositions. Sizes follow Japan's census (1: 38%, 2: 28%, 3: 16%, 4: 12%,
 * 5+: 6%); within a size, the templates' weights are tuned so that the ages come out like
 * Japan's in 2025.
 */
export const SIZE_WEIGHTS: readonly (readonly [number, number])[] = [
  [1, 38],
  [2, 28],
  [3, 16],
  [4, 12],
  [5, 4.2],
  [6, 1.3],
  [7, 0.5],
];

export type Template = (b: HouseholdBuilder, random: Random) => Dwelling;

export const flatOr = (random: Random, flatShare: number): Dwelling => (random.chance(flatShare) ? 'flat' : 'house');

const oldest = (ages: number[]) => ages[ages.length - 1] ?? 0;

const single: Template = (b, random) => {
  const band = random.weighted([['young', 21], ['middle', 39], ['old', 40]] as const);
  const age = band === 'young' ? sampleAge(random, 18, 34) : band === 'middle' ? sampleAge(random, 35, 64) : sampleAge(random, 65, 104);
  const sex = band === 'old' ? undefined : random.chance(band === 'young' ? 0.55 : 0.6) ? '男' : '女';
  b.head(age, sex);
  return flatOr(random, band === 'young' ? 0.85 : band === 'middle' ? 0.5 : 0.22);
};

const elderlyCouple: Template = (b, random) => {
  b.couple(sampleAge(random, 66, 95));
  return flatOr(random, 0.08);
};

const youngCouple: Template = (b, random) => {
  b.couple(sampleAge(random, 24, 64));
  return flatOr(random, 0.45);
};

/** Couple with children at home; `adult` gives grown-up children past school age. */
const coupleWithChildren =
  (count: number, adult = false): Template =>
  (b, random) => {
    const ages = b.childAges(count, adult ? sampleAge(random, 19, 45) : sampleAge(random, 0, 17));
    const parents = b.coupleWithMother(b.motherAgeAt(oldest(ages)));
    b.children(parents, ages);
    return flatOr(random, adult ? 0.1 : 0.3);
  };

export const singleParent =
  (count: number, flatShare = 0.6): Template =>
  (b, random) => {
    const ages = b.childAges(count, sampleAge(random, 0, 17));
    const head = b.head(b.motherAgeAt(oldest(ages)), random.chance(0.87) ? '女' : '男');
    b.children([head], ages);
    return flatOr(random, flatShare);
  };

/** An elderly parent living with a grown-up child; either may be the head. */
const parentAndAdultChild: Template = (b, random) => {
  const childAge = sampleAge(random, 30, 62);
  const parentSex = random.chance(0.72) ? '女' : '男';
  if (random.chance(0.55)) {
    const parent = b.head(Math.min(104, b.motherAgeAt(childAge)), parentSex);
    b.children([parent], [childAge]);
  } else {
    b.parentOfHead(b.head(childAge), parentSex);
  }
  return flatOr(random, 0.1);
};

/** Head, spouse, children and the head's parent(s). */
const threeGenerations =
  (children: number, grandparents: 1 | 2): Template =>
  (b, random) => {
    coupleWithChildren(children)(b, random);
    const head = b.members[0] as MemberDraft;
    if (grandparents === 2) b.parentOfHead(head, '男');
    b.parentOfHead(head, '女');
    return 'house';
  };

/** An older couple (or a widowed parent) with their married son's family: 子, 子の妻, 子の子. */
const withMarriedChild =
  (grandchildren: number, widowed = false): Template =>
  (b, random) => {
    const gkAges = b.childAges(grandchildren, sampleAge(random, 0, 17));
    const wifeAge = b.motherAgeAt(oldest(gkAges));
    const sonAge = wifeAge + Math.round(random.around(2, 6, -2, 8));
    const elderAge = Math.min(100, b.motherAgeAt(sonAge) + 2);
    const elders = widowed ? [b.head(elderAge, random.chance(0.75) ? '女' : '男')] : b.couple(elderAge);
    const son = b.person('child', '子', '男', sonAge);
    b.families.push({ parents: elders, children: [son] });
    const wife = b.person('childSpouse', '子の妻', '女', wifeAge);
    b.children([son, wife], gkAges, 'grandchild');
    return 'house';
  };

const withOutsider: Template = (b, random) => {
  b.outsider(sampleAge(random, 20, 70));
  b.head(sampleAge(random, 20, 80));
  return flatOr(random, 0.6);
};

const TEMPLATES: Record<number, readonly (readonly [Template, number])[]> = {
  1: [[single, 1]],
  2: [[elderlyCouple, 46], [youngCouple, 22], [singleParent(1), 7], [parentAndAdultChild, 22], [withOutsider, 3]],
  3: [[coupleWithChildren(1), 30], [coupleWithChildren(1, true), 38], [singleParent(2), 7], [coupleWithParent, 13], [withMarriedChild(0, true), 6], [parentAndAdultChildren, 6]],
  4: [[coupleWithChildren(2), 50], [threeGenerations(1, 1), 14], [coupleWithChildren(2, true), 28], [singleParent(3), 3], [withMarriedChild(1, true), 5]],
  5: [[coupleWithChildren(3), 25], [threeGenerations(2, 1), 35], [withMarriedChild(1), 40]],
  6: [[coupleWithChildren(4), 10], [threeGenerations(2, 2), 45], [withMarriedChild(2), 45]],
  7: [[threeGenerations(3, 2), 50], [withMarriedChild(3), 50]],
};

/** A middle-aged couple living with the head's widowed mother or father. */
function coupleWithParent(b: HouseholdBuilder, random: Random): Dwelling {
  const [head] = b.couple(sampleAge(random, 40, 66));
  b.parentOfHead(head, random.chance(0.75) ? '女' : '男');
  return 'house';
}

/** A single head living with both elderly parents (父, 母). */
function parentAndAdultChildren(b: HouseholdBuilder, random: Random): Dwelling {
  const head = b.head(sampleAge(random, 35, 62));
  b.parentOfHead(head, '男');
  b.parentOfHead(head, '女');
  return 'house';
}

/** A household of a given size, not on assistance. */
export function generalHousehold(random: Random, referenceDate: string, size: number): HouseholdDraft {
  const templates = TEMPLATES[Math.min(7, Math.max(1, size))] ?? [[single, 1]];
  const builder = new HouseholdBuilder(random, referenceDate);
  const dwelling = random.weighted(templates)(builder, random);
  return builder.build(null, dwelling);
}

export function drawHouseholdSize(random: Random): number {
  return random.weighted(SIZE_WEIGHTS);
}

const RECIPIENT_TEMPLATES: Record<AssistanceKind, readonly (readonly [Template, number])[]> = {
  elderly: [[(b, random) => (b.head(sampleAge(random, 66, 100), random.chance(0.5) ? '男' : '女'), 'flat'), 90], [elderlyCouple, 10]],
  'single-parent': [[singleParent(1), 55], [singleParent(2), 33], [singleParent(3), 12]],
  'disabled-or-sick': [[(b, random) => (b.head(sampleAge(random, 25, 64)), 'flat'), 88], [disabledAdultChild, 7], [youngCouple, 5]],
  other: [[(b, random) => (b.head(sampleAge(random, 20, 64), random.chance(0.6) ? '男' : '女'), 'flat'), 75], [youngCouple, 10], [coupleWithChildren(1), 10], [parentAndAdultChild, 5]],
};

/** An elderly parent heading a household with an adult child who cannot work. */
function disabledAdultChild(b: HouseholdBuilder, random: Random): Dwelling {
  const childAge = sampleAge(random, 25, 55);
  const parent = b.head(Math.min(100, b.motherAgeAt(childAge)), random.chance(0.75) ? '女' : '男');
  b.children([parent], [childAge]);
  return 'flat';
}

/** A household on assistance of the given kind (mostly single persons, DOMAIN.md 3.4). */
export function recipientHousehold(random: Random, referenceDate: string, kind: AssistanceKind): HouseholdDraft {
  const builder = new HouseholdBuilder(random, referenceDate);
  random.weighted(RECIPIENT_TEMPLATES[kind])(builder, random);
  const dwelling = random.weighted<Dwelling>([['public-housing', 30], ['flat', 62], ['house', 8]]);
  return builder.build(kind, dwelling);
}

export type { AssistanceKind, HouseholdDraft };
