import type { ArrearRow } from './data/arrears';
import type { EnrolmentRow } from './data/enrolments';

/** A Resident as this subgraph sees it: the representation, with the birth date residents provides. */
export interface ResidentRef {
  atenaNo: string;
  /** From residents through @requires; absent when a caller sends only the key. */
  birthDate?: string | null;
}

/** Parent of the InsuranceRecord resolvers: whose section it is; every field loads what it needs. */
export interface InsuranceRecordParent {
  atenaNo: string;
  birthDate: string | null;
}

/** Everything the division holds on one person, for the rules in findings.ts. */
export interface InsuranceFacts {
  today: string;
  birthDate: string | null;
  /** Newest first. */
  enrolments: readonly EnrolmentRow[];
  arrears: readonly ArrearRow[];
}

/** A membership lasts from its 取得日 up to the day before its 喪失日. */
export function isCurrent(enrolment: EnrolmentRow, today: string): boolean {
  return enrolment.acquired_on <= today && (enrolment.lost_on === null || enrolment.lost_on > today);
}

export function currentEnrolment(enrolments: readonly EnrolmentRow[], today: string): EnrolmentRow | null {
  return enrolments.find((e) => isCurrent(e, today)) ?? null;
}

export function arrearsTotal(arrears: readonly ArrearRow[]): number {
  return arrears.reduce((sum, a) => sum + a.amount, 0);
}
