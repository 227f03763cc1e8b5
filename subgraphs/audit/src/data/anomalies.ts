import { AUDIT_SUBJECTS_TABLE, AUDIT_TABLE, inChunks, type Knex } from '@smart-casework/kit';

/** A group of lines of one staff member (or of unauthenticated requests, `staff_id` null). */
export interface GroupRow {
  staff_id: string | null;
  code?: string | null;
  count: number;
  first_at: string;
  last_at: string;
}

/** Narrows a query of the log to the lines one kind of anomaly looks at. */
export type Scope = (query: Knex.QueryBuilder) => void;

/** Lines of roles not exempted (a NULL role, e.g. an unauthenticated request, is kept). */
export const notExempt = (roles: readonly string[]): Scope => (query) => {
  query.where((role) => role.whereNull('role').orWhereNotIn('role', [...roles]));
};

/**
 * Lines that name a person: by `atena_no`, or a batch line listing persons. EXISTS, correlated
 * on seq, so each line costs one probe of the side table's primary key however large it grows.
 */
export const namesPerson = (db: Knex): Scope => (query) => {
  const listing = db(AUDIT_SUBJECTS_TABLE).select('seq').where(`${AUDIT_SUBJECTS_TABLE}.seq`, db.ref(`${AUDIT_TABLE}.seq`));
  query.where((who) => who.whereNotNull('atena_no').orWhereExists(listing));
};

/** Lines inside any of the half-open UTC periods (each a night, in Japan time). */
export const within = (periods: readonly (readonly [string, string])[]): Scope => (query) => {
  query.where((any) => {
    for (const [from, to] of periods) any.orWhere((one) => one.where('at', '>=', from).andWhere('at', '<', to));
  });
};

/** Counts, first and last time per staff member (and per `code` when asked) of the lines in scope. */
export async function groupedCounts(db: Knex, scopes: readonly Scope[], byCode = false): Promise<GroupRow[]> {
  const columns = byCode ? ['staff_id', 'code'] : ['staff_id'];
  const query = db(AUDIT_TABLE).select(columns).count({ count: '*' }).min({ first_at: 'at' }).max({ last_at: 'at' }).groupBy(columns).orderBy(columns);
  for (const scope of scopes) scope(query);
  const rows = (await query) as (Omit<GroupRow, 'count'> & { count: number | string })[];
  return rows.map((row) => ({ ...row, count: Number(row.count) }));
}

/**
 * A few distinct 宛名番号 of one staff member's lines in scope, for the auditor to follow up:
 * those the lines name, else those batch lines list.
 */
export async function sampleAtenaNos(db: Knex, staffId: string | null, scopes: readonly Scope[], limit: number): Promise<string[]> {
  const scoped = (query: Knex.QueryBuilder) => {
    if (staffId === null) query.whereNull('staff_id');
    else query.where('staff_id', staffId);
    for (const scope of scopes) scope(query);
    return query;
  };
  const named = ((await scoped(db(AUDIT_TABLE).distinct('atena_no').whereNotNull('atena_no').orderBy('atena_no').limit(limit))) as { atena_no: string }[]).map((row) => row.atena_no);
  if (named.length >= limit) return named;
  const listed = (await db(AUDIT_SUBJECTS_TABLE).distinct('atena_no').whereIn('seq', scoped(db(AUDIT_TABLE).select('seq'))).orderBy('atena_no').limit(limit)) as { atena_no: string }[];
  return [...new Set([...named, ...listed.map((row) => row.atena_no)])].sort().slice(0, limit);
}

/** Where a page of lookups ends: the last line's staff member, time and seq. */
export interface LookupKey {
  staff_id: string;
  at: string;
  seq: number;
}

/** One person disclosed by one line (a batch line gives one per person it lists). */
export interface LookupRow extends LookupKey {
  atena_no: string;
}

/** The persons each batch line `seqs` lists, in order. */
async function listedPersons(db: Knex, seqs: readonly number[]): Promise<Map<number, string[]>> {
  const rows = await inChunks(seqs, async (chunk) => (await db(AUDIT_SUBJECTS_TABLE).select('seq', 'atena_no').whereIn('seq', chunk).orderBy([{ column: 'seq' }, { column: 'atena_no' }])) as { seq: number | string; atena_no: string }[]);
  const bySeq = new Map<number, string[]>();
  for (const row of rows) {
    const list = bySeq.get(Number(row.seq));
    if (list) list.push(row.atena_no);
    else bySeq.set(Number(row.seq), [row.atena_no]);
  }
  return bySeq;
}

/**
 * Disclosures of persons in [from, to) by staff member and time: one page of lines after `after`
 * (keyset), each batch line expanded to its persons; `last` is null after the last page.
 */
export async function lookupsPage(db: Knex, from: string, to: string, scopes: readonly Scope[], after: LookupKey | null, limit: number): Promise<{ rows: LookupRow[]; last: LookupKey | null }> {
  const query = db(AUDIT_TABLE)
    .select('staff_id', 'at', 'atena_no', 'seq')
    .where('outcome', 'allowed')
    .whereNotNull('staff_id')
    .where('at', '>=', from)
    .andWhere('at', '<', to)
    .orderBy([{ column: 'staff_id' }, { column: 'at' }, { column: 'seq' }])
    .limit(limit);
  for (const scope of [namesPerson(db), ...scopes]) scope(query);
  if (after) {
    query.where((next) => next
      .where('staff_id', '>', after.staff_id)
      .orWhere((same) => same.where('staff_id', after.staff_id).andWhere((later) => later.where('at', '>', after.at).orWhere((tie) => tie.where('at', after.at).andWhere('seq', '>', after.seq)))));
  }
  const lines = ((await query) as (Omit<LookupRow, 'atena_no'> & { atena_no: string | null })[]).map((row) => ({ ...row, seq: Number(row.seq) }));
  const listed = await listedPersons(db, lines.filter((line) => line.atena_no === null).map((line) => line.seq));
  const rows = lines.flatMap(({ atena_no, ...line }) => (atena_no !== null ? [{ ...line, atena_no }] : (listed.get(line.seq) ?? []).map((person) => ({ ...line, atena_no: person }))));
  const last = lines.length === limit ? lines[lines.length - 1] : undefined;
  return { rows, last: last ? { staff_id: last.staff_id, at: last.at, seq: last.seq } : null };
}
