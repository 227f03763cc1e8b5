import type { Subject } from './subjects';

/** One line of what a subgraph disclosed or refused in a request (`extensions.disclosures`). */
export interface Disclosure {
  atenaNo?: string;
  householdNo?: string;
  department: string;
  fields: string[];
  outcome: 'allowed' | 'denied';
  code?: string;
  reason?: string;
}

interface Pending {
  subject: Subject;
  outcome: 'allowed' | 'denied';
  reason?: string;
  fields: Set<string>;
}

/**
 * What one request disclosed, per subject and outcome: a household's list resolves dozens of
 * fields per person, the audit trail wants one line per person and department.
 */
export class DisclosureLog {
  private readonly lines = new Map<string, Pending>();

  constructor(private readonly department: string) {}

  record(subject: Subject, fields: readonly string[], outcome: 'allowed' | 'denied', reason?: string): void {
    const key = `${outcome}\u0000${subject.atenaNo ?? ''}\u0000${subject.householdNo ?? ''}\u0000${reason ?? ''}`;
    let line = this.lines.get(key);
    if (!line) this.lines.set(key, (line = { subject, outcome, reason, fields: new Set() }));
    for (const field of fields) line.fields.add(field);
  }

  get size(): number {
    return this.lines.size;
  }

  toJSON(): Disclosure[] {
    // Built by assignment: V8 makes objects from spreads followed by more properties slowly.
    return [...this.lines.values()].map((line) => {
      const disclosure: Disclosure = { department: this.department, fields: [...line.fields].sort(), outcome: line.outcome };
      if (line.subject.atenaNo) disclosure.atenaNo = line.subject.atenaNo;
      if (line.subject.householdNo) disclosure.householdNo = line.subject.householdNo;
      if (line.outcome === 'denied') Object.assign(disclosure, { code: 'FORBIDDEN', reason: line.reason });
      return disclosure;
    });
  }
}
