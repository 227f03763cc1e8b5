import type { Subject } from './subjects';

/** One line of what a subgraph disclosed or refused in a request (`extensions.disclosures`). */
export interface Disclosure {
  atenaNo?: string;
  householdNo?: string;
  /**
   * Several persons disclosed (or refused) with the same fields (a household's list), in place of
   * `atenaNo`/`householdNo`: the field names travel once, not once per person.
   */
  persons?: Subject[];
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
  /**
   * The field lists recorded, each once. The access checks hand the same list (cached per field
   * of the parsed document) for every person of a household, so a line usually holds one list.
   */
  lists: (readonly string[])[];
}

/** Each recorded list sorted once, with the key persons with the same fields share a line by. */
const sortedLists = new WeakMap<readonly string[], { fields: string[]; key: string }>();

function sortedOnce(list: readonly string[]): { fields: string[]; key: string } {
  let sorted = sortedLists.get(list);
  if (!sorted) {
    const fields = [...new Set(list)].sort();
    sortedLists.set(list, (sorted = { fields, key: fields.join('\u0000') }));
  }
  return sorted;
}

/** A line's fields: its one list as sorted once, or the sorted union of several. */
function fieldsOf(line: Pending): { fields: string[]; key: string } {
  const [only] = line.lists;
  if (only && line.lists.length === 1) return sortedOnce(only);
  const fields = [...new Set(line.lists.flat())].sort();
  return { fields, key: fields.join('\u0000') };
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
    if (!line) this.lines.set(key, (line = { subject, outcome, reason, lists: [] }));
    if (!line.lists.includes(fields)) line.lists.push(fields);
  }

  get size(): number {
    return this.lines.size;
  }

  /** The lines, persons with the same outcome, reason and fields on one line (`persons`). */
  toJSON(): Disclosure[] {
    const lines: Disclosure[] = [];
    const byFields = new Map<string, Disclosure>();
    for (const line of this.lines.values()) {
      const { fields, key: fieldsKey } = fieldsOf(line);
      // Built by assignment: V8 makes objects from spreads followed by more properties slowly.
      const disclosure: Disclosure = { department: this.department, fields, outcome: line.outcome };
      if (line.outcome === 'denied') Object.assign(disclosure, { code: 'FORBIDDEN', reason: line.reason });
      if (!line.subject.atenaNo) {
        if (line.subject.householdNo) disclosure.householdNo = line.subject.householdNo;
        lines.push(disclosure);
        continue;
      }
      const key = `${line.outcome}\u0000${line.reason ?? ''}\u0000${fieldsKey}`;
      const same = byFields.get(key);
      if (same) {
        same.persons?.push(line.subject);
        continue;
      }
      disclosure.persons = [line.subject];
      byFields.set(key, disclosure);
      lines.push(disclosure);
    }
    // A person alone keeps the plain form.
    for (const disclosure of lines) {
      const [only, ...others] = disclosure.persons ?? [];
      if (!only || others.length > 0) continue;
      delete disclosure.persons;
      disclosure.atenaNo = only.atenaNo;
      if (only.householdNo) disclosure.householdNo = only.householdNo;
    }
    return lines;
  }
}
