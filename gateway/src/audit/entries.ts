import type { AuditEntryInput, Disclosure, Identity } from '@smart-casework/kit';
import type { ClientInfo } from '../context';

/** Who asked, from where, why: the part every entry of one request shares. */
export interface RequestFacts {
  at: string;
  requestId: string | null;
  identity: Identity | null;
  client: ClientInfo;
  operationName: string | null;
  purpose: string | null;
}

function base(facts: RequestFacts): Omit<AuditEntryInput, 'atenaNo' | 'householdNo' | 'department' | 'fields' | 'outcome' | 'code' | 'reason'> {
  return {
    at: facts.at,
    requestId: facts.requestId,
    staffId: facts.identity?.staffId ?? null,
    role: facts.identity?.role ?? null,
    division: facts.identity?.division ?? null,
    clientAddress: facts.client.address,
    userAgent: facts.client.userAgent,
    operationName: facts.operationName,
    purpose: facts.purpose,
  };
}

/**
 * Roles whose requests are batch reads by design (the change watcher sweeping every household on
 * assistance): their disclosures are recorded as batch lines, one per department and outcome,
 * rather than one line per person — a sweep would otherwise write tens of thousands of lines.
 */
const BATCH_ROLES: ReadonlySet<string> = new Set(['service']);

/**
 * The audit lines of what the subgraphs disclosed or refused: for a batch role one per
 * department, outcome and reason naming its persons; for anyone else one per department that
 * disclosed several persons (a household's list: eight lines instead of some thirty), and one per
 * person (or household) and department for a single person and for every refusal.
 */
export function disclosureEntries(facts: RequestFacts, disclosures: readonly Disclosure[]): AuditEntryInput[] {
  if (facts.identity && BATCH_ROLES.has(facts.identity.role)) return batchEntries(facts, disclosures);
  // A department that disclosed several persons at once (a household's list) gets one line naming
  // them all; a single person, and every refusal, keep a line of their own.
  const allowed = disclosures.filter((d) => d.outcome === 'allowed');
  const byDepartment = new Map<string, number>();
  for (const d of allowed) byDepartment.set(d.department, (byDepartment.get(d.department) ?? 0) + (d.persons?.length ?? 1));
  const grouped = allowed.filter((d) => (byDepartment.get(d.department) ?? 0) > 1);
  const single = disclosures.filter((d) => d.outcome !== 'allowed' || (byDepartment.get(d.department) ?? 0) <= 1);
  return [...personEntries(facts, single.flatMap(onePerPerson)), ...batchEntries(facts, grouped)];
}

/** A line naming several persons (`persons`) as one line per person. */
function onePerPerson(d: Disclosure): Disclosure[] {
  if (!d.persons) return [d];
  return d.persons.map((person) => ({ atenaNo: person.atenaNo, householdNo: person.householdNo, department: d.department, fields: d.fields, outcome: d.outcome, code: d.code, reason: d.reason }));
}

function personEntries(facts: RequestFacts, disclosures: readonly Disclosure[]): AuditEntryInput[] {
  const shared = base(facts);
  // Written out rather than `{ ...shared, … }`: V8 builds a spread followed by more properties
  // slowly (about 15 µs each here), and a household's list writes some thirty lines per request.
  return disclosures.map((d) => ({
    at: shared.at,
    requestId: shared.requestId,
    staffId: shared.staffId,
    role: shared.role,
    division: shared.division,
    clientAddress: shared.clientAddress,
    userAgent: shared.userAgent,
    operationName: shared.operationName,
    purpose: shared.purpose,
    atenaNo: d.atenaNo ?? null,
    householdNo: d.householdNo ?? null,
    department: d.department,
    fields: d.fields,
    outcome: d.outcome,
    code: d.code ?? null,
    reason: d.reason ?? null,
  }));
}

interface Batch {
  line: Disclosure;
  persons: Set<string>;
  households: Set<string>;
  fields: Set<string>;
}

/**
 * One line per (department, outcome, code, reason): `subjects` the persons, `subjectHouseholds`
 * the households read as a whole (a disclosure naming no person), `fields` the union. A person's
 * line loses only its household number, which the residents' registry still knows.
 */
function batchEntries(facts: RequestFacts, disclosures: readonly Disclosure[]): AuditEntryInput[] {
  const batches = new Map<string, Batch>();
  for (const d of disclosures) {
    const key = `${d.department}\u0000${d.outcome}\u0000${d.code ?? ''}\u0000${d.reason ?? ''}`;
    let batch = batches.get(key);
    if (!batch) batches.set(key, (batch = { line: d, persons: new Set(), households: new Set(), fields: new Set() }));
    for (const subject of d.persons ?? [d]) {
      if (subject.atenaNo) batch.persons.add(subject.atenaNo);
      else if (subject.householdNo) batch.households.add(subject.householdNo);
    }
    for (const field of d.fields) batch.fields.add(field);
  }
  return [...batches.values()].map(({ line, persons, households, fields }) => ({
    ...base(facts),
    atenaNo: null,
    householdNo: null,
    department: line.department,
    fields: [...fields].sort(),
    outcome: line.outcome,
    code: line.code ?? null,
    reason: line.reason ?? null,
    subjects: [...persons],
    subjectHouseholds: [...households],
  }));
}

/** A request refused as a whole (no token, no purpose, unknown document, limits, bad input). */
export function refusalEntry(facts: RequestFacts, code: string, reason: string | null): AuditEntryInput {
  return { ...base(facts), atenaNo: null, householdNo: null, department: 'gateway', fields: [], outcome: 'denied', code, reason: reason?.slice(0, 500) ?? null };
}
