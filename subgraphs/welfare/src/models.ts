import type { SectionBase } from '@smart-casework/kit';
import type { ApplicationRow } from './data/applications';
import type { CaseMemberRow } from './data/case-members';
import type { CaseRow } from './data/cases';

/** A household entity owned by residents: welfare only knows its number. */
export interface HouseholdRef {
  householdNo: string;
}

/** A person entity owned by residents: welfare only knows the atenaNo. */
export interface ResidentRef {
  atenaNo: string;
}

/** The 生活保護 section of one person, assembled once per person from the loaders. */
export interface WelfareRecordModel extends SectionBase {
  sourceName: string;
  onAssistance: boolean;
  case: CaseRow | null;
  membership: CaseMemberRow | null;
  applications: ApplicationRow[];
}
