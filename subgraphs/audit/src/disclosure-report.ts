import { fromRow, type AuditOutcome, type SequencedAuditEntry } from '@smart-casework/kit';
import type { EntryRow } from './data/entries';
import { departmentLabelOf, purposeLabel, reasonLabel } from './labels';

export interface DisclosedDepartmentModel {
  department: string | null;
  departmentLabel: string | null;
  fields: string[];
  outcome: AuditOutcome;
  reason: string | null;
}

export interface DisclosureAccessModel {
  at: string;
  requestId: string | null;
  staffId: string | null;
  role: string | null;
  division: string | null;
  purpose: string | null;
  purposeLabel: string | null;
  operationName: string | null;
  disclosed: boolean;
  departments: DisclosedDepartmentModel[];
}

export interface DisclosureByStaffModel {
  staffId: string | null;
  role: string | null;
  division: string | null;
  accessCount: number;
  refusedCount: number;
  firstAt: string;
  lastAt: string;
  purposes: string[];
  departments: string[];
}

export interface DisclosureReportModel {
  atenaNo: string;
  householdNo: string | null;
  from: string | null;
  to: string | null;
  total: number;
  accessCount: number;
  disclosedCount: number;
  refusedCount: number;
  byStaff: DisclosureByStaffModel[];
  accesses: DisclosureAccessModel[];
}

function newAccess(entry: SequencedAuditEntry): DisclosureAccessModel {
  const { at, requestId, staffId, role, division, purpose, operationName } = entry;
  return { at, requestId, staffId, role, division, purpose, purposeLabel: purposeLabel(purpose), operationName, disclosed: false, departments: [] };
}

/** Adds one line to its request's access: one entry per department and outcome, fields merged. */
function addLine(access: DisclosureAccessModel, entry: SequencedAuditEntry): void {
  if (entry.at < access.at) access.at = entry.at;
  if (entry.outcome === 'allowed') access.disclosed = true;
  const reason = reasonLabel(entry.reason) ?? (entry.outcome === 'denied' ? entry.code : null);
  let department = access.departments.find((d) => d.department === entry.department && d.outcome === entry.outcome && d.reason === reason);
  if (!department) access.departments.push((department = { department: entry.department, departmentLabel: departmentLabelOf(entry.department), fields: [], outcome: entry.outcome, reason }));
  department.fields = [...new Set([...department.fields, ...entry.fields])].sort();
}

/** One access per request (lines without a request id stand alone), newest first. */
export function groupAccesses(rows: readonly EntryRow[]): DisclosureAccessModel[] {
  const byRequest = new Map<string, DisclosureAccessModel>();
  for (const row of rows) {
    const entry = fromRow(row);
    const key = entry.requestId === null ? `seq:${entry.seq}` : `${entry.staffId ?? ''}\u0000${entry.requestId}`;
    let access = byRequest.get(key);
    if (!access) byRequest.set(key, (access = newAccess(entry)));
    addLine(access, entry);
  }
  const accesses = [...byRequest.values()].sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
  for (const access of accesses) access.departments.sort((a, b) => (a.department ?? '').localeCompare(b.department ?? '') || a.outcome.localeCompare(b.outcome));
  return accesses;
}

/** Per staff member, most accesses first. */
export function summariseByStaff(accesses: readonly DisclosureAccessModel[]): DisclosureByStaffModel[] {
  const byStaff = new Map<string, DisclosureByStaffModel & { purposeSet: Set<string>; departmentSet: Set<string> }>();
  for (const access of accesses) {
    const key = access.staffId ?? '';
    let staff = byStaff.get(key);
    if (!staff) {
      staff = { staffId: access.staffId, role: access.role, division: access.division, accessCount: 0, refusedCount: 0, firstAt: access.at, lastAt: access.at, purposes: [], departments: [], purposeSet: new Set(), departmentSet: new Set() };
      byStaff.set(key, staff);
    }
    staff.accessCount += 1;
    if (!access.disclosed) staff.refusedCount += 1;
    if (access.at < staff.firstAt) staff.firstAt = access.at;
    if (access.at > staff.lastAt) staff.lastAt = access.at;
    staff.purposeSet.add(access.purposeLabel ?? '（記載なし）');
    for (const d of access.departments) if (d.outcome === 'allowed' && d.departmentLabel) staff.departmentSet.add(d.departmentLabel);
  }
  return [...byStaff.values()]
    .map(({ purposeSet, departmentSet, ...staff }) => ({ ...staff, purposes: [...purposeSet].sort(), departments: [...departmentSet].sort() }))
    .sort((a, b) => b.accessCount - a.accessCount || (a.staffId ?? '').localeCompare(b.staffId ?? ''));
}

export function disclosureReport(subject: { atenaNo: string; householdNo: string | null }, period: { from: string | null; to: string | null }, rows: readonly EntryRow[]): DisclosureReportModel {
  const accesses = groupAccesses(rows);
  const disclosedCount = accesses.filter((a) => a.disclosed).length;
  return {
    ...subject,
    ...period,
    total: rows.length,
    accessCount: accesses.length,
    disclosedCount,
    refusedCount: accesses.length - disclosedCount,
    byStaff: summariseByStaff(accesses),
    accesses,
  };
}
