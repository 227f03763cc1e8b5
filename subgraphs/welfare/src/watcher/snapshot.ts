import { createHash } from 'node:crypto';

/** What a snapshot row stores: the facts and the version of their shape. */
export interface Snapshot {
  v: number;
  facts: unknown;
}

/** JSON with object keys sorted, so that equal facts always give equal text and digest. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

export function encodeSnapshot(version: number, facts: unknown): { json: string; digest: string } {
  const json = canonicalJson({ v: version, facts });
  return { json, digest: sha256(json) };
}

export function decodeSnapshot(json: string): Snapshot {
  const parsed = JSON.parse(json) as Partial<Snapshot>;
  return { v: typeof parsed.v === 'number' ? parsed.v : 0, facts: parsed.facts ?? null };
}
