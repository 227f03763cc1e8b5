import { addDays, addYears, ageOn, endOfMonth } from '@smart-casework/kit';
import type { CityPerson, DisabilityTrait } from '@smart-casework/kit/city';
import type { CertificateRow } from '../src/data/certificates';
import { MENTAL_VALIDITY_YEARS } from '../src/parameters';

const KIND_CODES: Record<DisabilityTrait['kind'], string> = { 身体: '1', 療育: '2', 精神: '3' };

const IMPAIRMENT_GROUPS: readonly [RegExp, string][] = [
  [/視覚/, '視覚障害'],
  [/聴覚|平衡/, '聴覚・平衡機能障害'],
  [/音声|言語|そしゃく/, '音声・言語・そしゃく機能障害'],
  [/肢体|上肢|下肢|体幹|運動機能/, '肢体不自由'],
  [/心臓|じん臓|腎臓|呼吸器|ぼうこう|直腸|小腸|免疫|肝臓/, '内部障害'],
];

export function impairmentGroup(impairment: string | null): string | null {
  if (!impairment) return null;
  return IMPAIRMENT_GROUPS.find(([pattern]) => pattern.test(impairment))?.[1] ?? null;
}

/** 療育: children are judged again at 18, when the adult criteria apply. */
const CHILD_REJUDGEMENT_AGE = 18;

interface Validity {
  issuedOn: string;
  validUntil: string;
}

/**
 * 精神手帳 validity chain: 2 years to the end of the month (unverified), each renewal continuing
 * from the previous expiry and issued shortly before it. `lapsed` drops the renewal now due.
 */
export function mentalValidity(firstIssuedOn: string, on: string, lapsed: boolean): Validity {
  let current: Validity = { issuedOn: firstIssuedOn, validUntil: endOfMonth(addYears(firstIssuedOn, MENTAL_VALIDITY_YEARS)) };
  let previous: Validity | null = null;
  while (current.validUntil < on) {
    previous = current;
    current = { issuedOn: addDays(current.validUntil, -20), validUntil: endOfMonth(addYears(current.validUntil, MENTAL_VALIDITY_YEARS)) };
  }
  return lapsed && previous ? previous : current;
}

/** The certificate of a person's disability trait; a 精神 one whose atenaNo digit is 7 missed its last renewal. */
export function certificateRow(p: CityPerson, trait: DisabilityTrait, serial: number, on: string, digit: number): CertificateRow {
  const mental = trait.kind === '精神' ? mentalValidity(trait.issuedOn, on, digit === 7) : null;
  const child = trait.kind === '療育' && ageOn(p.birthDate, on) < CHILD_REJUDGEMENT_AGE;
  const impairment = trait.kind === '身体' ? trait.category : null;
  return {
    atena_no: p.atenaNo,
    kind: trait.kind,
    certificate_no: `${KIND_CODES[trait.kind]}${String(serial).padStart(7, '0')}`,
    grade: trait.grade,
    impairment,
    impairment_group: impairmentGroup(impairment),
    first_issued_on: trait.issuedOn,
    issued_on: mental?.issuedOn ?? trait.issuedOn,
    reassess_on: child ? addYears(p.birthDate, CHILD_REJUDGEMENT_AGE) : null,
    valid_until: mental?.validUntil ?? null,
  };
}
