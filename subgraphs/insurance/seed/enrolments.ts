import { addYears } from '@smart-casework/kit';
import type { CityHousehold, CityPerson } from '@smart-casework/kit/city';
import type { EnrolmentRow, Scheme } from '../src/data/enrolments';

export type NewEnrolment = Omit<EnrolmentRow, 'id'>;

/** What an enrolment history needs to know about the city. */
export interface EnrolmentContext {
  referenceDate: string;
  lateElderlyAge: number;
  /** 後期 may start from this age with a certified disability (障害認定, 高確法50条2号). */
  disabledElderlyAge: number;
  households: ReadonlyMap<string, CityHousehold>;
}

interface Loss {
  on: string;
  reason: string;
}

/** 被保険者証 記号 of the city's 国保 (the city's own code; illustrative). */
const KOKUHO_SYMBOL = '31';

const later = (a: string, b: string) => (a > b ? a : b);

/** 国保 numbers are per household (番号) with a 枝番 per member; 後期 numbers are per person. */
function insuredNo(person: CityPerson, scheme: Scheme, household: CityHousehold | undefined): string {
  if (scheme === '後期') return person.atenaNo.slice(-9, -1).padStart(8, '0');
  const branch = (household?.memberAtenaNos.indexOf(person.atenaNo) ?? 0) + 1;
  return `${KOKUHO_SYMBOL}-${person.householdNo.slice(-8, -1)}-${String(branch).padStart(2, '0')}`;
}

function acquisitionReason(person: CityPerson, scheme: Scheme, since: string, ctx: EnrolmentContext): string {
  if (scheme === '後期' && since === addYears(person.birthDate, ctx.lateElderlyAge)) return '75歳到達';
  if (since === person.birthDate) return '出生';
  if (since === person.residentSince && person.previousAddress !== null) return '転入';
  return scheme === '後期' ? '障害認定' : '社保離脱';
}

function enrolment(person: CityPerson, scheme: Scheme, acquiredOn: string, loss: Loss | null, ctx: EnrolmentContext): NewEnrolment {
  const household = ctx.households.get(person.householdNo);
  return {
    atena_no: person.atenaNo,
    scheme,
    insured_no: insuredNo(person, scheme, household),
    acquired_on: acquiredOn,
    acquisition_reason: acquisitionReason(person, scheme, acquiredOn, ctx),
    lost_on: loss?.on ?? null,
    loss_reason: loss?.reason ?? null,
    household_head_atena_no: scheme === '国保' ? (household?.headAtenaNo ?? person.atenaNo) : null,
  };
}

/**
 * City-held cover from `from` until `loss` (or today): 国保 up to the 75th birthday, 後期 from it
 * (from 65 for a 後期 member with a disability certificate), newest first.
 */
function cityHeldCover(person: CityPerson, from: string, loss: Loss | null, ctx: EnrolmentContext): NewEnrolment[] {
  const disabled = person.healthCover === 'koki' && person.disability !== null;
  const kokiFrom = later(from, addYears(person.birthDate, disabled ? ctx.disabledElderlyAge : ctx.lateElderlyAge));
  const end = loss?.on ?? ctx.referenceDate;
  if (kokiFrom > end || (loss && kokiFrom === loss.on)) return [enrolment(person, '国保', from, loss, ctx)];
  const koki = enrolment(person, '後期', kokiFrom, loss, ctx);
  if (kokiFrom === from) return [koki];
  const moved = koki.acquisition_reason === '75歳到達' ? '75歳到達' : '後期加入';
  return [koki, enrolment(person, '国保', from, { on: kokiFrom, reason: moved }, ctx)];
}

/** Membership that lasts: 国保 as the city model says, or 後期 (and the 国保 before it). */
function currentCover(person: CityPerson, ctx: EnrolmentContext): NewEnrolment[] {
  if (person.healthCover === 'kokuho') return [enrolment(person, '国保', person.healthCoverSince, null, ctx)];
  return cityHeldCover(person, person.healthCoverSince, null, ctx);
}

/** A member of a household on assistance lost 国保/後期 on the day it started (国保法6条9号, 高確法51条1号). */
function endedByAssistance(person: CityPerson, startedOn: string, ctx: EnrolmentContext): NewEnrolment[] {
  const from = [person.healthCoverSince, person.residentSince].find((d) => d < startedOn && d >= person.birthDate);
  // Born into, or moved into, a household already on assistance: never a member.
  if (from === undefined) return [];
  return cityHeldCover(person, from, { on: startedOn, reason: '生保開始' }, ctx);
}

/** Someone on an employee scheme who lived here before it started was on 国保 until then (社保加入). */
function endedByEmployment(person: CityPerson, ctx: EnrolmentContext): NewEnrolment[] {
  const planted = person.planted.includes('employee-insurance');
  if (!planted && !(person.healthCoverSince > person.residentSince)) return [];
  return [enrolment(person, '国保', person.residentSince, { on: person.healthCoverSince, reason: '社保加入' }, ctx)];
}

/** The person's 資格履歴, newest first, from their health cover and their household's assistance. */
export function enrolmentsOf(person: CityPerson, ctx: EnrolmentContext): NewEnrolment[] {
  const assistance = ctx.households.get(person.householdNo)?.assistance ?? null;
  const notEnded = person.planted.includes('kokuho-not-ended');
  if (person.healthCover === 'employee') {
    // A job found while on assistance shows as 社保加入 only where the city planted it.
    if (assistance && assistance.startedOn < person.healthCoverSince && !person.planted.includes('employee-insurance')) return endedByAssistance(person, assistance.startedOn, ctx);
    return endedByEmployment(person, ctx);
  }
  // 保護停止中 is not receiving assistance: the members are insured again from the suspension
  // (国保法6条9号, 高確法51条1号), after the loss at its start.
  if (assistance?.status === '停止中' && person.healthCover !== 'none') return [...currentCover(person, ctx), ...endedByAssistance(person, assistance.startedOn, ctx)];
  if (assistance && !notEnded) return endedByAssistance(person, assistance.startedOn, ctx);
  if (person.healthCover === 'none' && !notEnded) return [];
  return currentCover(person, ctx);
}
