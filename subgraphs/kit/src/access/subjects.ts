import type { Grant } from '../identity';

/** A person or household a field is about: what the grant is checked against and the audit names. */
export interface Subject {
  atenaNo?: string;
  householdNo?: string;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function texts(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/**
 * Whom a field is about, by the repository's naming: a root field's `atenaNo(s)` /
 * `householdNo(s)` arguments, else the parent's `atenaNo`/`atena_no` and
 * `householdNo`/`household_no` (representations and row objects alike).
 */
export function subjectsOf(parent: unknown, args: Record<string, unknown>): Subject[] {
  const listed = [...texts(args.atenaNos).map((atenaNo) => ({ atenaNo })), ...texts(args.householdNos).map((householdNo) => ({ householdNo }))];
  const single: Subject = { atenaNo: text(args.atenaNo), householdNo: text(args.householdNo) };
  if (listed.length > 0) return listed;
  if (single.atenaNo || single.householdNo) return [single];
  if (typeof parent !== 'object' || parent === null) return [];
  const row = parent as Record<string, unknown>;
  const subject: Subject = { atenaNo: text(row.atenaNo) ?? text(row.atena_no), householdNo: text(row.householdNo) ?? text(row.household_no) };
  return subject.atenaNo || subject.householdNo ? [subject] : [];
}

/** Sets of a grant, built once per request (a household of eight asks many times). */
export interface GrantSets {
  all: boolean;
  atenaNos: ReadonlySet<string>;
  householdNos: ReadonlySet<string>;
}

export function grantSets(grant: Grant): GrantSets {
  if (grant === 'all') return { all: true, atenaNos: new Set(), householdNos: new Set() };
  return { all: false, atenaNos: new Set(grant.atenaNos), householdNos: new Set(grant.householdNos) };
}

/** A subject is reached when the grant names the person or their household. */
export function reaches(grant: GrantSets, subject: Subject): boolean {
  if (grant.all) return true;
  return (subject.atenaNo !== undefined && grant.atenaNos.has(subject.atenaNo)) || (subject.householdNo !== undefined && grant.householdNos.has(subject.householdNo));
}
