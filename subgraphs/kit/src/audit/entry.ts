import { createHmac } from 'node:crypto';

/** What a disclosure (or a refusal) is recorded as; the gateway builds these per request. */
export interface AuditEntryInput {
  /** ISO date-time (UTC, ms). */
  at: string;
  requestId: string | null;
  /** null when unauthenticated. */
  staffId: string | null;
  role: string | null;
  division: string | null;
  clientAddress: string | null;
  userAgent: string | null;
  operationName: string | null;
  purpose: string | null;
  /** Whose data. */
  atenaNo: string | null;
  householdNo: string | null;
  /** Subgraph name, or `gateway`. */
  department: string | null;
  /** e.g. `['Resident.tax', 'tax.lightVehicles']`. */
  fields: string[];
  outcome: 'allowed' | 'denied';
  /** FORBIDDEN, UNAUTHENTICATED, BAD_USER_INPUT, PERSISTED_QUERY_NOT_FOUND, RATE_LIMITED … */
  code: string | null;
  /** e.g. OUT_OF_CASELOAD, PURPOSE_REQUIRED, or a short English text. */
  reason: string | null;
  /**
   * 宛名番号 of every person a batch read disclosed (the change watcher's sweep): one line for
   * many persons, kept in `audit_entry_subjects`. Sorted and de-duplicated by the kit; absent
   * (or empty) for a line about one person, who is `atenaNo`.
   */
  subjects?: string[];
  /** 世帯番号 of every household a batch read as a whole (no person named), in `audit_entry_households`. */
  subjectHouseholds?: string[];
}

/** The lists a line keeps in side tables, one row per (seq, value). */
export type AuditSubjectList = 'subjects' | 'subjectHouseholds';

export type AuditOutcome = AuditEntryInput['outcome'];

/** An entry with its place in the chain: what the hash covers. */
export interface SequencedAuditEntry extends AuditEntryInput {
  seq: number;
}

/** A stored row of `audit_entries`. */
export interface AuditEntryRow {
  seq: number;
  at: string;
  request_id: string | null;
  staff_id: string | null;
  role: string | null;
  division: string | null;
  client_address: string | null;
  user_agent: string | null;
  operation_name: string | null;
  purpose: string | null;
  atena_no: string | null;
  household_no: string | null;
  department: string | null;
  /** JSON array of strings. */
  fields: string;
  outcome: AuditOutcome;
  code: string | null;
  reason: string | null;
  prev_hash: string;
  hash: string;
}

/** The last entry of a chain (or what an anchor recorded of it). */
export interface AuditHead {
  seq: number;
  hash: string;
}

/** prev_hash of entry 1. */
export const GENESIS_HASH = '0'.repeat(64);

/**
 * Column widths (characters). Values are cut to these before hashing, so that what is stored is
 * exactly what was hashed on every dialect (a server would otherwise refuse or cut it itself).
 */
export const AUDIT_COLUMN_LENGTHS = {
  request_id: 64,
  staff_id: 64,
  role: 32,
  division: 32,
  client_address: 64,
  user_agent: 512,
  operation_name: 128,
  purpose: 32,
  atena_no: 32,
  household_no: 32,
  department: 32,
  code: 64,
  reason: 256,
} as const;

const FIELD_LENGTH = 128;
const MAX_FIELDS = 200;
const ISO_MS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
// Lone surrogates and NUL do not survive a round trip through UTF-8 drivers (PostgreSQL refuses NUL).
const UNSTORABLE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|\u0000/g;
/** Any surrogate or NUL at all: only then is UNSTORABLE's slower search needed. */
const MAYBE_UNSTORABLE = /[\uD800-\uDFFF\u0000]/;

function clean(value: string | null | undefined, length: number): string | null {
  if (value === null || value === undefined) return null;
  const raw = String(value);
  const text = MAYBE_UNSTORABLE.test(raw) ? raw.replace(UNSTORABLE, '\uFFFD') : raw;
  // No more UTF-16 units than the column's characters: nothing to cut (the common case, without splitting into code points).
  if (text.length <= length) return text;
  // Cut on code points: databases count characters, and half a surrogate pair would not store.
  const points = Array.from(text);
  return points.length <= length ? text : points.slice(0, length).join('');
}

/** A side list as stored: each value cut like its column, empty values dropped, de-duplicated, sorted by code unit. */
function normaliseList(values: readonly string[] | undefined, length: number): string[] | undefined {
  if (!values || values.length === 0) return undefined;
  const cleaned = values.map((v) => clean(v, length)).filter((v): v is string => v !== null && v !== '');
  return cleaned.length === 0 ? undefined : [...new Set(cleaned)].sort();
}

type SubjectLists = Partial<Record<AuditSubjectList, string[]>>;

/** Sets the side lists that have values, so that an entry without them is exactly as before. */
function withLists<T extends object>(entry: T, subjects: string[] | undefined, subjectHouseholds: string[] | undefined): T & SubjectLists {
  return { ...entry, ...(subjects ? { subjects } : {}), ...(subjectHouseholds ? { subjectHouseholds } : {}) };
}

/** As read back: only put in order (the hash decides whether anything was added, changed or removed). */
const asRead = (values: readonly string[] | undefined) => (values && values.length > 0 ? values.map(String).sort() : undefined);

function normaliseAt(at: string): string {
  if (ISO_MS.test(at)) return at;
  const date = new Date(at);
  if (Number.isNaN(date.getTime())) throw new Error(`audit entry: "at" is not a date-time (${String(at).slice(0, 40)})`);
  return date.toISOString();
}

/** Entries that normaliseEntry made: normalising one again would only copy it. */
const normalised = new WeakSet<AuditEntryInput>();

/**
 * The entry as it will be stored: lengths cut, unstorable characters replaced, `at` in ISO form.
 * Returns an entry it made itself unchanged (the writer normalises on append, the chain again).
 */
export function normaliseEntry(entry: AuditEntryInput): AuditEntryInput {
  if (normalised.has(entry)) return entry;
  const L = AUDIT_COLUMN_LENGTHS;
  const result: AuditEntryInput = withLists({
    at: normaliseAt(entry.at),
    requestId: clean(entry.requestId, L.request_id),
    staffId: clean(entry.staffId, L.staff_id),
    role: clean(entry.role, L.role),
    division: clean(entry.division, L.division),
    clientAddress: clean(entry.clientAddress, L.client_address),
    userAgent: clean(entry.userAgent, L.user_agent),
    operationName: clean(entry.operationName, L.operation_name),
    purpose: clean(entry.purpose, L.purpose),
    atenaNo: clean(entry.atenaNo, L.atena_no),
    householdNo: clean(entry.householdNo, L.household_no),
    department: clean(entry.department, L.department),
    fields: (entry.fields ?? []).slice(0, MAX_FIELDS).map((f) => clean(f, FIELD_LENGTH) ?? ''),
    outcome: entry.outcome === 'allowed' ? 'allowed' : 'denied',
    code: clean(entry.code, L.code),
    reason: clean(entry.reason, L.reason),
  }, normaliseList(entry.subjects, L.atena_no), normaliseList(entry.subjectHouseholds, L.household_no));
  normalised.add(result);
  return result;
}

/**
 * The bytes the hash covers: the entry with its seq as JSON with a fixed key order, so that the
 * same entry always serialises the same way whatever order its object was built in. A batch
 * line's lists are appended (both, so neither can pass for the other) only when it has any: a
 * line about one person hashes exactly as it did before lines could name many.
 */
export function canonicalEntry(entry: SequencedAuditEntry): string {
  const subjects = entry.subjects ?? [];
  const households = entry.subjectHouseholds ?? [];
  const lists = subjects.length > 0 || households.length > 0 ? [subjects, households] : [];
  return JSON.stringify([
    entry.seq,
    entry.at,
    entry.requestId,
    entry.staffId,
    entry.role,
    entry.division,
    entry.clientAddress,
    entry.userAgent,
    entry.operationName,
    entry.purpose,
    entry.atenaNo,
    entry.householdNo,
    entry.department,
    entry.fields,
    entry.outcome,
    entry.code,
    entry.reason,
    ...lists,
  ]);
}

/** HMAC-SHA256(key, prevHash + canonical entry), hex: without the key no one can forge a link. */
export function chainHash(key: string, prevHash: string, entry: SequencedAuditEntry): string {
  return createHmac('sha256', key).update(prevHash).update(canonicalEntry(entry)).digest('hex');
}

export function toRow(entry: SequencedAuditEntry, prevHash: string, hash: string): AuditEntryRow {
  return {
    seq: entry.seq,
    at: entry.at,
    request_id: entry.requestId,
    staff_id: entry.staffId,
    role: entry.role,
    division: entry.division,
    client_address: entry.clientAddress,
    user_agent: entry.userAgent,
    operation_name: entry.operationName,
    purpose: entry.purpose,
    atena_no: entry.atenaNo,
    household_no: entry.householdNo,
    department: entry.department,
    fields: JSON.stringify(entry.fields),
    outcome: entry.outcome,
    code: entry.code,
    reason: entry.reason,
    prev_hash: prevHash,
    hash,
  };
}

function parseFields(text: unknown): string[] {
  try {
    const value: unknown = JSON.parse(String(text));
    return Array.isArray(value) ? value.map(String) : [String(value)];
  } catch {
    // A row someone edited into invalid JSON: keep its text so that the hash check fails on it.
    return [String(text)];
  }
}

/**
 * A stored row read back as the entry its hash covers (drivers differ in how they type numbers),
 * with the side lists read for its seq, when the caller has them.
 */
export function fromRow(row: AuditEntryRow, lists: SubjectLists = {}): SequencedAuditEntry {
  return withLists({
    seq: Number(row.seq),
    at: String(row.at),
    requestId: row.request_id,
    staffId: row.staff_id,
    role: row.role,
    division: row.division,
    clientAddress: row.client_address,
    userAgent: row.user_agent,
    operationName: row.operation_name,
    purpose: row.purpose,
    atenaNo: row.atena_no,
    householdNo: row.household_no,
    department: row.department,
    fields: parseFields(row.fields),
    outcome: row.outcome,
    code: row.code,
    reason: row.reason,
  }, asRead(lists.subjects), asRead(lists.subjectHouseholds));
}
