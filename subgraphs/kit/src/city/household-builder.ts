import { endOfHighSchoolYears } from '../dates';
import { birthDateForAge } from './random-dates';
import { femaleShareAtAge } from './population';
import { pickGivenName, pickSurname, type Name } from './names';
import type { Random } from './random';
import type { Sex } from './types';

/** The member's place in the household; it fixes the 続柄 and the display order. */
export type Role = 'head' | 'spouse' | 'child' | 'childSpouse' | 'grandchild' | 'parent' | 'relative' | 'lodger';

/** Display order on a household certificate (DOMAIN.md 1.2). */
const ROLE_ORDER: Record<Role, number> = { head: 0, spouse: 1, child: 2, childSpouse: 3, grandchild: 4, parent: 5, relative: 6, lodger: 7 };

export interface MemberDraft {
  role: Role;
  /** 続柄, only from the registry standard's values (子の子, never 孫). */
  relationship: string;
  sex: Sex;
  age: number;
  birthDate: string;
  surname: Name;
  givenName: Name;
}

/** Parents and the children they raise: the unit for 児童手当 and 児童扶養手当. */
export interface Family {
  parents: MemberDraft[];
  children: MemberDraft[];
}

export type AssistanceKind = 'elderly' | 'single-parent' | 'disabled-or-sick' | 'other';
export type Dwelling = 'house' | 'flat' | 'public-housing';

export interface HouseholdDraft {
  members: MemberDraft[];
  families: Family[];
  /** The category the household is assisted under, or null for a household not on assistance. */
  assistanceKind: AssistanceKind | null;
  dwelling: Dwelling;
}

/** Builds one household member by member, keeping surnames, ages and 続柄 consistent. */
export class HouseholdBuilder {
  readonly members: MemberDraft[] = [];
  readonly families: Family[] = [];
  readonly surname: Name;

  constructor(
    private readonly random: Random,
    private readonly referenceDate: string,
  ) {
    this.surname = pickSurname(random);
  }

  person(role: Role, relationship: string, sex: Sex, age: number, surname: Name = this.surname): MemberDraft {
    const birthDate = birthDateForAge(this.random, Math.max(0, age), this.referenceDate);
    let givenName = pickGivenName(this.random, sex, birthDate);
    // Siblings (and a child and a grandparent) do not share a given name.
    for (let tries = 0; tries < 8 && this.members.some((m) => m.givenName.kanji === givenName.kanji); tries++) givenName = pickGivenName(this.random, sex, birthDate);
    const member = { role, relationship, sex, age: Math.max(0, age), birthDate, surname, givenName };
    this.members.push(member);
    return member;
  }

  head(age: number, sex: Sex = this.random.chance(femaleShareAtAge(age)) ? '女' : '男'): MemberDraft {
    return this.person('head', '世帯主', sex, age);
  }

  /** Years the husband is older than the wife. */
  private spouseGap(): number {
    return Math.round(this.random.around(2, 6, -4, 10));
  }

  /** A married couple; about one couple in twenty-five registers the wife as head. */
  couple(headAge: number): [MemberDraft, MemberDraft] {
    const gap = this.spouseGap();
    if (this.random.chance(0.04)) return [this.head(headAge, '女'), this.person('spouse', '夫', '男', headAge + gap)];
    return [this.head(headAge, '男'), this.person('spouse', '妻', '女', headAge - gap)];
  }

  /** A couple around the mother's age (when children fix it): the head first, then the spouse. */
  coupleWithMother(motherAge: number): [MemberDraft, MemberDraft] {
    const gap = this.spouseGap();
    if (this.random.chance(0.04)) return [this.head(motherAge, '女'), this.person('spouse', '夫', '男', motherAge + gap)];
    return [this.head(motherAge + gap, '男'), this.person('spouse', '妻', '女', motherAge)];
  }

  /** Children with ages from the youngest up, 1–5 years apart. */
  childAges(count: number, youngest: number): number[] {
    if (count === 0) return [];
    const ages = [youngest];
    for (let i = 1; i < count; i++) ages.push((ages[i - 1] ?? youngest) + this.random.int(1, 5));
    return ages;
  }

  /** Age of a mother at her first child's birth (older in recent cohorts). */
  motherAgeAt(oldestChildAge: number): number {
    return oldestChildAge + Math.round(this.random.around(oldestChildAge > 30 ? 26 : 30, 8, 20, 40));
  }

  children(parents: MemberDraft[], ages: number[], role: 'child' | 'grandchild' = 'child'): MemberDraft[] {
    const relationship = role === 'child' ? '子' : '子の子';
    const kids = ages.map((age) => this.person(role, relationship, this.random.chance(0.512) ? '男' : '女', age));
    if (kids.length > 0) this.families.push({ parents, children: kids });
    return kids;
  }

  /** The head's father or mother (same surname: the head's birth family). */
  parentOfHead(head: MemberDraft, sex: Sex): MemberDraft {
    const age = Math.min(104, head.age + Math.round(this.random.around(sex === '女' ? 29 : 32, 8, 20, 42)));
    return this.person('parent', sex === '男' ? '父' : '母', sex, age);
  }

  /** A co-resident outside the family: 縁故者 (relative not expressible otherwise) or 同居人. */
  outsider(age: number): MemberDraft {
    const related = this.random.chance(0.4);
    const sex: Sex = this.random.chance(0.5) ? '男' : '女';
    return this.person(related ? 'relative' : 'lodger', related ? '縁故者' : '同居人', sex, age, related ? this.surname : pickSurname(this.random));
  }

  build(assistanceKind: AssistanceKind | null, dwelling: Dwelling): HouseholdDraft {
    const members = [...this.members].sort(byDisplayOrder);
    return { members, families: this.families, assistanceKind, dwelling };
  }
}

/** Head, spouse, children by birth date, their families, parents (父 before 母), others. */
function byDisplayOrder(a: MemberDraft, b: MemberDraft): number {
  const role = ROLE_ORDER[a.role] - ROLE_ORDER[b.role];
  if (role !== 0) return role;
  if (a.relationship !== b.relationship) return a.relationship === '父' ? -1 : 1;
  return a.birthDate < b.birthDate ? -1 : a.birthDate > b.birthDate ? 1 : 0;
}

/** A child still in 高校生年代 on the given day. */
export function isSchoolChild(member: MemberDraft, on: string): boolean {
  return endOfHighSchoolYears(member.birthDate) >= on;
}
