import { addDays, addMonths, addYears, endOfMonth, firstOfMonth, maxDate, minDate } from '../dates';
import { dateBetween } from './random-dates';
import type { AssistanceKind } from './household-builder';
import type { Member } from './model';
import type { Random } from './random';
import type { CareTrait, DisabilityTrait } from './types';

/**
 * Disability certificates (≈4% 身体, 1% 療育, 2% 精神 of residents, by age) and care-need
 * certifications (≈18% of those 65+, rising steeply after 85) with their validity periods.
 */
const PHYSICAL_GRADES = [['1級', 26], ['2級', 15], ['3級', 17], ['4級', 26], ['5級', 8], ['6級', 8]] as const;
const PHYSICAL_CATEGORIES = [
  ['肢体不自由', 42], ['心臓機能障害', 15], ['じん臓機能障害', 10], ['視覚障害', 7], ['聴覚・平衡機能障害', 8], ['呼吸器機能障害', 3],
  ['ぼうこう・直腸機能障害', 5], ['音声・言語・そしゃく機能障害', 2], ['肝臓機能障害', 1], ['小腸機能障害', 0.5], ['免疫機能障害', 0.5],
] as const;
const MENTAL_GRADES = [['1級', 10], ['2級', 55], ['3級', 35]] as const;

type Kind = DisabilityTrait['kind'];

function certificateRates(age: number): Record<Kind, number> {
  // 療育手帳 follow a developmental assessment, so not before about three.
  if (age < 3) return { 身体: 0.003, 療育: 0, 精神: 0 };
  if (age < 18) return { 身体: 0.003, 療育: 0.015, 精神: 0.003 };
  if (age < 65) return { 身体: 0.02, 療育: 0.011, 精神: 0.028 };
  if (age < 75) return { 身体: 0.07, 療育: 0.003, 精神: 0.013 };
  return { 身体: 0.12, 療育: 0.003, 精神: 0.013 };
}

export function certificate(random: Random, kind: Kind, birthDate: string, referenceDate: string): DisabilityTrait {
  const latest = addDays(referenceDate, -30);
  if (kind === '身体') {
    const issuedOn = dateBetween(random, maxDate(birthDate, addYears(referenceDate, -30)), latest);
    return { kind, grade: random.weighted(PHYSICAL_GRADES), category: random.weighted(PHYSICAL_CATEGORIES), issuedOn };
  }
  if (kind === '療育') {
    const issuedOn = dateBetween(random, maxDate(addYears(birthDate, 2), addYears(referenceDate, -12)), latest);
    return { kind, grade: random.chance(0.4) ? 'A' : 'B', category: null, issuedOn };
  }
  // 精神 certificates are renewed every two years, so the current one is recent.
  const issuedOn = dateBetween(random, maxDate(birthDate, addDays(addYears(referenceDate, -2), 1)), latest);
  return { kind, grade: random.weighted(MENTAL_GRADES), category: null, issuedOn };
}

/** A certificate (or none) for a resident not on assistance. */
export function assignDisability(random: Random, member: Member, referenceDate: string): void {
  const rates = certificateRates(member.draft.age);
  const roll = random.next();
  const kind: Kind | null = roll < rates.身体 ? '身体' : roll < rates.身体 + rates.療育 ? '療育' : roll < rates.身体 + rates.療育 + rates.精神 ? '精神' : null;
  if (kind) member.person.disability = certificate(random, kind, member.person.birthDate, referenceDate);
}

/** Among households assisted as 障害者・傷病者, about half hold a certificate (the rest are sick). */
export function assignRecipientDisability(random: Random, member: Member, kind: AssistanceKind, referenceDate: string): void {
  const patient = member.draft.age < 65 && (member.draft.role === 'head' || member.draft.role === 'child');
  if (kind !== 'disabled-or-sick' || !patient) {
    assignDisability(random, member, referenceDate);
    return;
  }
  if (!random.chance(0.55)) return;
  const certificateKind = random.weighted<Kind>([['身体', 40], ['精神', 45], ['療育', 15]]);
  member.person.disability = certificate(random, certificateKind, member.person.birthDate, referenceDate);
}

const CARE_LEVELS = [['要支援1', 14], ['要支援2', 14], ['要介護1', 21], ['要介護2', 17], ['要介護3', 13], ['要介護4', 12], ['要介護5', 9]] as const;

function careRate(age: number): number {
  if (age < 65) return 0;
  if (age < 70) return 0.035;
  if (age < 75) return 0.07;
  if (age < 80) return 0.14;
  if (age < 85) return 0.28;
  if (age < 90) return 0.48;
  return 0.7;
}

/** A certification valid on the reference day: new ones run 6 months, renewals 12–48. */
export function careCertification(random: Random, birthDate: string, referenceDate: string): CareTrait {
  const level = random.weighted(CARE_LEVELS);
  const months = random.weighted([[12, 45], [24, 20], [36, 25], [48, 10]] as const);
  const renewedFrom = firstOfMonth(addMonths(referenceDate, -random.int(0, months - 1)));
  if (!random.chance(0.25) && renewedFrom >= addYears(birthDate, 65)) {
    return { level, certifiedOn: addDays(renewedFrom, -random.int(5, 30)), validFrom: renewedFrom, validTo: endOfMonth(addMonths(renewedFrom, months - 1)) };
  }
  const validFrom = dateBetween(random, maxDate(addYears(birthDate, 65), addDays(addMonths(referenceDate, -6), 1)), addDays(referenceDate, -35));
  const certifiedOn = minDate(addDays(validFrom, random.int(20, 34)), addDays(referenceDate, -1));
  return { level, certifiedOn, validFrom, validTo: endOfMonth(addMonths(validFrom, 6)) };
}

export function assignCare(random: Random, member: Member, referenceDate: string): void {
  if (random.chance(careRate(member.draft.age))) member.person.care = careCertification(random, member.person.birthDate, referenceDate);
}
