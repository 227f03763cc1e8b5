import type { SectionBase } from '@smart-casework/kit';
import type { ApplicationRow } from './data/applications';
import type { CaseMemberRow } from './data/case-members';
import type { CaseRow } from './data/cases';
import type { NoticeCounts, NoticeRow } from './data/notices';

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

/** A page of notices; the counts are read only when asked for (one promise per connection). */
export interface NoticeConnectionModel {
  rows: NoticeRow[];
  hasNextPage: boolean;
  /** The last row's cursor, or the `after` the client passed when the page is empty. */
  endCursor: string | null;
  counts(): Promise<NoticeCounts>;
}
