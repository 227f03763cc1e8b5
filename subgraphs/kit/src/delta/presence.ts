import type { Message } from './columns';
import type { Columns } from './format';

/** Which of a format's own columns a reason needs, and which it may carry besides. */
export interface ReasonColumns<K extends string> {
  required: readonly K[];
  optional?: readonly K[];
}

const empty = (value: unknown) => value === null || value === undefined;

/**
 * Cells a reason needs but lacks, and cells it does not use but has: a row of the wrong kind
 * (a vehicle's plate on an assessment) is an export error, not something to ignore.
 */
export function presenceProblems<K extends string>(columns: Columns, row: object, reason: string, spec: ReasonColumns<K>): Message[] {
  const cells = row as Readonly<Record<string, unknown>>;
  const allowed = new Set<string>([...spec.required, ...(spec.optional ?? [])]);
  const problems: Message[] = [];
  for (const key of spec.required) {
    const header = columns[key]?.header ?? key;
    if (empty(cells[key])) problems.push({ ja: `${reason} には「${header}」が必要です。`, en: `${reason} needs "${header}"` });
  }
  for (const [key, column] of Object.entries(columns)) {
    if (!allowed.has(key) && !empty(cells[key])) problems.push({ ja: `「${column.header}」は ${reason} では使いません（空にしてください）。`, en: `"${column.header}" is not used for ${reason}; leave it empty` });
  }
  return problems;
}
