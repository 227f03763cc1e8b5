import { ageAttainedOn, schoolYearEnd } from '@smart-casework/kit';
import type { CertificationRow } from './data/certifications';
import type { CountedChildRow } from './data/children';
import type { RevisionRow } from './data/revisions';

/** A Resident as this subgraph sees it: the key only. */
export interface ResidentReference {
  atenaNo: string;
}

/** One certification with its counted children (birth order) and revisions (newest first). */
export interface AllowanceModel {
  certification: CertificationRow;
  children: CountedChildRow[];
  revisions: RevisionRow[];
}

/** Everything the department holds on one person: the parent of ChildBenefitRecord's fields. */
export interface ChildBenefitRecordModel {
  atenaNo: string;
  /** As recipient: current certifications first. */
  allowances: AllowanceModel[];
  /** As a counted child. */
  countedIn: CountedChildRow[];
}

export function isCurrent(certification: CertificationRow, on: string): boolean {
  return certification.ended_on === null || certification.ended_on > on;
}

export function currentAllowances(record: ChildBenefitRecordModel, on: string): AllowanceModel[] {
  return record.allowances.filter((a) => isCurrent(a.certification, on));
}

export function paidChildren(allowance: AllowanceModel): CountedChildRow[] {
  return allowance.children.filter((c) => c.paid);
}

/** Last day a counted child is paid for, by programme. */
export function paidUntil(child: Pick<CountedChildRow, 'program' | 'birth_date'>): string {
  return child.program === '特別児童扶養手当' ? ageAttainedOn(child.birth_date, 20) : schoolYearEnd(child.birth_date, 18);
}

/** Groups a recipient's rows into allowances, current ones first. */
export function buildRecord(atenaNo: string, certifications: CertificationRow[], children: CountedChildRow[], revisions: RevisionRow[], countedIn: CountedChildRow[]): ChildBenefitRecordModel {
  const allowances = new Map<string, AllowanceModel>(certifications.map((c) => [c.certification_no, { certification: c, children: [], revisions: [] }]));
  for (const child of children) allowances.get(child.certification_no)?.children.push(child);
  for (const revision of revisions) allowances.get(revision.certification_no)?.revisions.push(revision);
  const ordered = [...allowances.values()].sort((a, b) => Number(a.certification.ended_on !== null) - Number(b.certification.ended_on !== null));
  return { atenaNo, allowances: ordered, countedIn };
}
