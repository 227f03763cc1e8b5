import { addDays } from '@smart-casework/kit';
import type { WatchTarget } from '../data/watch-targets';
import type { NewNotice } from '../data/notices';
import { dueDaysFor } from './parameters';
import type { DetectedChange } from './rules';
import { sha256 } from './snapshot';

/** Where a change was found: the household, the member, the section and the two snapshots' digests. */
export interface ChangeOrigin {
  target: WatchTarget;
  atenaNo: string;
  section: string;
  source: string;
  /** Digest of the snapshot before ('' when there was none) and of the facts now ('' when gone). */
  beforeDigest: string;
  afterDigest: string;
  /** Detection day (ISO date) and time (ISO date-time). */
  today: string;
  detectedAt: string;
}

/**
 * The same change seen again (a sweep rerun after a crash) gives the same key, since the digests
 * of the stored snapshot and of the department's facts are the same: the notice is stored once.
 */
export function dedupeKeyOf(origin: ChangeOrigin, change: DetectedChange): string {
  const parts = [origin.target.householdNo, origin.atenaNo, origin.section, change.kind, origin.beforeDigest, origin.afterDigest];
  if (change.subject) parts.push(change.subject);
  return sha256(parts.join('\u001f'));
}

/** A detected change as the notice the caseworker receives. */
export function toNotice(origin: ChangeOrigin, change: DetectedChange): NewNotice {
  const impact = change.estimatedMonthlyImpact;
  return {
    dedupeKey: dedupeKeyOf(origin, change),
    atenaNo: origin.atenaNo,
    householdNo: origin.target.householdNo,
    caseNo: origin.target.caseNo,
    applicationNo: origin.target.applicationNo,
    source: origin.source,
    section: origin.section,
    kind: change.kind,
    summary: change.summary,
    before: change.before,
    after: change.after,
    effectiveDate: change.effectiveDate ?? origin.today,
    detectedAt: origin.detectedAt,
    dueDate: addDays(origin.today, dueDaysFor(change.kind, origin.today)),
    estimatedMonthlyImpact: impact,
    // Each month the benefit is not lowered, this much is paid that must be claimed back (法63条).
    overpaymentPerMonth: impact !== null && impact < 0 ? -impact : null,
    assignedTo: origin.target.caseworkerId,
    supervisorId: origin.target.supervisorId,
  };
}
