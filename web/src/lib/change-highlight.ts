/**
 * Where a change notice points in the investigation list: the household page is opened as
 * `?notice=<id>&section=<Resident field>&atenaNo=<member>` and outlines that member's section.
 */

import { DEPARTMENT_SECTIONS } from '@/components/investigation/sections';

/** A member and the department section that changed. */
export interface ChangeHighlight {
  noticeId: string;
  atenaNo: string;
  /** The section's department (tax, insurance …); null for the registry (the member's own record). */
  department: string | null;
}

export const CHANGED_LABEL = '異動あり';

/** The Resident field a notice names (its `section`) → the department whose card shows it; null for `registry`. */
function departmentOf(section: string | null): string | null {
  return DEPARTMENT_SECTIONS.find((entry) => entry.field === section)?.department ?? null;
}

const NOTICE_ID = /^[A-Za-z0-9_-]{1,64}$/;
const DIGITS = /^\d{8,15}$/;

/** The highlight a household URL asks for, or null when its parameters are absent or malformed. */
export function changeHighlight(params: { notice: string | null; section: string | null; atenaNo: string | null }): ChangeHighlight | null {
  const { notice, section, atenaNo } = params;
  if (!notice || !NOTICE_ID.test(notice) || !atenaNo || !DIGITS.test(atenaNo)) return null;
  return { noticeId: notice, atenaNo, department: departmentOf(section) };
}
