import { AUDIT_TABLE, type Knex } from '@smart-casework/kit';

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

/** A few distinct 宛名番号 of one staff member's lines in scope, for the auditor to follow up. */
export async function sampleAtenaNos(db: Knex, staffId: string | null, scopes: readonly Scope[], limit: number): Promise<string[]> {
  const query = db(AUDIT_TABLE).distinct('atena_no').whereNotNull('atena_no').orderBy('atena_no').limit(limit);
  if (staffId === null) query.whereNull('staff_id');
  else query.where('staff_id', staffId);
  for (const scope of scopes) scope(query);
  return ((await query) as { atena_no: string }[]).map((row) => row.atena_no);
}

export interface LookupRow {
  staff_id: string;
  at: string;
  atena_no: string;
  seq: number;
}

/** Disclosures of persons in [from, to) by staff member and time, one page after `after` (keyset). */
export async function lookupsPage(db: Knex, from: string, to: string, scopes: readonly Scope[], after: LookupRow | null, limit: number): Promise<LookupRow[]> {
  const query = db(AUDIT_TABLE)
    .select('staff_id', 'at', 'atena_no', 'seq')
    .where('outcome', 'allowed')
    .whereNotNull('staff_id')
    .whereNotNull('atena_no')
    .where('at', '>=', from)
    .andWhere('at', '<', to)
    .orderBy([{ column: 'staff_id' }, { column: 'at' }, { column: 'seq' }])
    .limit(limit);
  for (const scope of scopes) scope(query);
  if (after) {
    query.where((next) => next
      .where('staff_id', '>', after.staff_id)
      .orWhere((same) => same.where('staff_id', after.staff_id).andWhere((later) => later.where('at', '>', after.at).orWhere((tie) => tie.where('at', after.at).andWhere('seq', '>', after.seq)))));
  }
  return ((await query) as LookupRow[]).map((row) => ({ ...row, seq: Number(row.seq) }));
}
