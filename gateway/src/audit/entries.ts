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

/** One entry per person (or household) and department that a subgraph disclosed or refused. */
export function disclosureEntries(facts: RequestFacts, disclosures: readonly Disclosure[]): AuditEntryInput[] {
  return disclosures.map((d) => ({
    ...base(facts),
    atenaNo: d.atenaNo ?? null,
    householdNo: d.householdNo ?? null,
    department: d.department,
    fields: d.fields,
    outcome: d.outcome,
    code: d.code ?? null,
    reason: d.reason ?? null,
  }));
}

/** A request refused as a whole (no token, no purpose, unknown document, limits, bad input). */
export function refusalEntry(facts: RequestFacts, code: string, reason: string | null): AuditEntryInput {
  return { ...base(facts), atenaNo: null, householdNo: null, department: 'gateway', fields: [], outcome: 'denied', code, reason: reason?.slice(0, 500) ?? null };
}
