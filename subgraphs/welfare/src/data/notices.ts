import { createHash } from 'node:crypto';
import { CITY_DEPARTMENTS, DEPARTMENTS, inChunks, insertChunked, type Knex } from '@smart-casework/kit';

export const NOTICE_STATUSES = ['UNREAD', 'ACKNOWLEDGED', 'RESOLVED'] as const;
/** 未読 | 確認済 | 処理済 */
export type NoticeStatus = (typeof NOTICE_STATUSES)[number];
export type NoticeOrder = 'ARRIVAL' | 'PRIORITY';

/** A notice as the watcher raises it (before it has a seq or a status). */
export interface NewNotice {
  dedupeKey: string;
  atenaNo: string;
  householdNo: string;
  caseNo: string | null;
  applicationNo: string | null;
  source: string;
  section: string;
  kind: string;
  summary: string;
  before: unknown;
  after: unknown;
  effectiveDate: string | null;
  detectedAt: string;
  dueDate: string;
  estimatedMonthlyImpact: number | null;
  overpaymentPerMonth: number | null;
  assignedTo: string;
  supervisorId: string | null;
}

/** 異動通知 as stored. */
export interface NoticeRow {
  seq: number;
  notice_id: string;
  dedupe_key: string;
  atena_no: string;
  household_no: string;
  case_no: string | null;
  application_no: string | null;
  source: string;
  section: string;
  kind: string;
  summary: string;
  before_json: string | null;
  after_json: string | null;
  effective_date: string | null;
  detected_at: string;
  due_date: string;
  estimated_monthly_impact: number | null;
  overpayment_per_month: number | null;
  assigned_to: string;
  supervisor_id: string | null;
  status: NoticeStatus;
  acknowledged_at: string | null;
  acknowledged_by: string | null;
  resolved_at: string | null;
  resolved_by: string | null;
  resolution_note: string | null;
}

/** Whose notices a statement covers: everyone's (a service identity), one assignee's, or a supervisor's team's. */
export type NoticeScope = { kind: 'all' } | { kind: 'own'; staffId: string } | { kind: 'team'; staffId: string };

export interface NoticeFilter {
  scope: NoticeScope;
  /** Only notices assigned to this staff member (within the scope). */
  assignedTo?: string | null;
  status?: NoticeStatus | null;
  /** Only notices not resolved whose due date is before `today`. */
  overdueOnly?: boolean;
  /** The reference date for overdue (kit `today()`). */
  today: string;
}

export interface NoticePage {
  rows: NoticeRow[];
  hasNextPage: boolean;
}

export interface NoticeCounts {
  unread: number;
  total: number;
  overdue: number;
}

const TABLE = 'change_notices';
const SECTIONS: ReadonlySet<string> = new Set(['registry', ...DEPARTMENTS.flatMap((d) => (d.section ? [d.section] : []))]);
const SOURCES: ReadonlySet<string> = new Set(CITY_DEPARTMENTS.map((d) => d.name));

/**
 * The notice's id: `N` + the first 20 hex digits of its dedupe key, known before insert so that
 * a rerun sweep names a notice the same way. A key that is not a hex digest is hashed first.
 */
export function noticeIdOf(dedupeKey: string): string {
  const hex = /^[0-9a-f]{20}/i.test(dedupeKey) ? dedupeKey : createHash('sha256').update(dedupeKey).digest('hex');
  return `N${hex.slice(0, 20).toLowerCase()}`;
}

/** Wrong values are the watcher's bug: they fail loudly here rather than differently per dialect. */
function checkNotice(notice: NewNotice): void {
  if (!SOURCES.has(notice.source)) throw new Error(`notice ${notice.dedupeKey}: unknown source department "${notice.source}"`);
  if (!SECTIONS.has(notice.section)) throw new Error(`notice ${notice.dedupeKey}: unknown section "${notice.section}"`);
  if (notice.dedupeKey.length === 0 || notice.dedupeKey.length > 64) throw new Error(`notice dedupe key must have 1 to 64 characters: "${notice.dedupeKey}"`);
  if ([...notice.summary].length > 255) throw new Error(`notice ${notice.dedupeKey}: summary longer than 255 characters`);
}

function toRow(notice: NewNotice): Omit<NoticeRow, 'seq'> {
  checkNotice(notice);
  return {
    notice_id: noticeIdOf(notice.dedupeKey), dedupe_key: notice.dedupeKey, atena_no: notice.atenaNo, household_no: notice.householdNo,
    case_no: notice.caseNo, application_no: notice.applicationNo, source: notice.source, section: notice.section, kind: notice.kind, summary: notice.summary,
    before_json: JSON.stringify(notice.before ?? null), after_json: JSON.stringify(notice.after ?? null), effective_date: notice.effectiveDate,
    detected_at: new Date(notice.detectedAt).toISOString(), due_date: notice.dueDate, estimated_monthly_impact: notice.estimatedMonthlyImpact,
    overpayment_per_month: notice.overpaymentPerMonth, assigned_to: notice.assignedTo, supervisor_id: notice.supervisorId, status: 'UNREAD',
    acknowledged_at: null, acknowledged_by: null, resolved_at: null, resolved_by: null, resolution_note: null,
  };
}

async function existingDedupeKeys(db: Knex | Knex.Transaction, keys: readonly string[]): Promise<Set<string>> {
  const rows = await inChunks(keys, (chunk) => db(TABLE).select<{ dedupe_key: string }[]>('dedupe_key').whereIn('dedupe_key', chunk));
  return new Set(rows.map((row) => row.dedupe_key));
}

/**
 * Inserts the notices whose dedupe key is not stored yet (a rerun sweep raises nothing twice),
 * in the given order so that seq follows it; returns how many were inserted.
 */
export async function insertNotices(db: Knex | Knex.Transaction, notices: NewNotice[]): Promise<number> {
  const existing = await existingDedupeKeys(db, [...new Set(notices.map((n) => n.dedupeKey))]);
  const rows = [];
  for (const notice of notices) {
    if (existing.has(notice.dedupeKey)) continue;
    existing.add(notice.dedupeKey);
    rows.push(toRow(notice));
  }
  await insertChunked(db, TABLE, rows);
  return rows.length;
}

export function noticesByIds(db: Knex, noticeIds: readonly string[]): Promise<NoticeRow[]> {
  return db(TABLE).select('*').whereIn('notice_id', noticeIds);
}

function whereFilter(query: Knex.QueryBuilder, filter: NoticeFilter): Knex.QueryBuilder {
  const { scope } = filter;
  if (scope.kind === 'own') query.where('assigned_to', scope.staffId);
  // A supervisor's team: the notices naming them as supervisor, and any assigned to them directly.
  if (scope.kind === 'team') query.where((q) => q.where('supervisor_id', scope.staffId).orWhere('assigned_to', scope.staffId));
  if (filter.assignedTo) query.where('assigned_to', filter.assignedTo);
  if (filter.status) query.where('status', filter.status);
  if (filter.overdueOnly) query.whereNot('status', 'RESOLVED').where('due_date', '<', filter.today);
  return query;
}

/**
 * PRIORITY puts notices without an overpayment after those with one. knex's `nulls: 'last'`
 * drops the column itself on SQLite and MariaDB, so the order uses standard COALESCE
 * (overpayments are never negative).
 */
const OVERPAYMENT_KEY = 'coalesce(??, -1)';
const OVERPAYMENT = ['overpayment_per_month'];

/** Keyset condition: the rows after the notice `afterSeq` in PRIORITY order (dueDate, overpayment desc, seq). */
async function afterInPriority(db: Knex, query: Knex.QueryBuilder, afterSeq: number): Promise<boolean> {
  const position: { due_date: string; overpayment_per_month: number | null } | undefined = await db(TABLE).first('due_date', 'overpayment_per_month').where('seq', afterSeq);
  if (!position) return false;
  const overpayment = position.overpayment_per_month ?? -1;
  query.where((q) =>
    q.where('due_date', '>', position.due_date).orWhere((same) =>
      same.where('due_date', position.due_date).andWhere((tie) =>
        tie.whereRaw(`${OVERPAYMENT_KEY} < ?`, [...OVERPAYMENT, overpayment]).orWhere((tie2) => tie2.whereRaw(`${OVERPAYMENT_KEY} = ?`, [...OVERPAYMENT, overpayment]).andWhere('seq', '>', afterSeq)))));
  return true;
}

/** One page of notices after the notice `afterSeq` (exclusive) in the given order; one statement (two for PRIORITY after a cursor). */
export async function noticePage(db: Knex, filter: NoticeFilter, page: { first: number; afterSeq: number | null; orderBy: NoticeOrder }): Promise<NoticePage> {
  const query = whereFilter(db(TABLE).select('*'), filter);
  if (page.orderBy === 'ARRIVAL') {
    if (page.afterSeq !== null) query.where('seq', '>', page.afterSeq);
    query.orderBy('seq');
  } else {
    // A cursor naming no notice (crafted by hand) gives an empty page rather than the first one.
    if (page.afterSeq !== null && !(await afterInPriority(db, query, page.afterSeq))) return { rows: [], hasNextPage: false };
    query.orderBy('due_date').orderByRaw(`${OVERPAYMENT_KEY} desc`, OVERPAYMENT).orderBy('seq');
  }
  const rows: NoticeRow[] = await query.limit(page.first + 1);
  return { rows: rows.slice(0, page.first), hasNextPage: rows.length > page.first };
}

async function countByStatus(query: Knex.QueryBuilder): Promise<Map<string, number>> {
  const rows: { status: string; n: number | string }[] = await query.select('status').count({ n: '*' }).groupBy('status');
  return new Map(rows.map((r) => [r.status, Number(r.n)]));
}

/**
 * The connection's counts in two statements: `total` matches the whole filter; `unread` and
 * `overdue` count the scope (and assignee) whatever the status and overdue filters, as an inbox's badges do.
 */
export async function noticeCounts(db: Knex, filter: NoticeFilter): Promise<NoticeCounts> {
  const base: NoticeFilter = { scope: filter.scope, assignedTo: filter.assignedTo, today: filter.today };
  const [all, overdue] = await Promise.all([
    countByStatus(whereFilter(db(TABLE), base)),
    countByStatus(whereFilter(db(TABLE), { ...base, overdueOnly: true })),
  ]);
  const counted = filter.overdueOnly ? overdue : all;
  const total = filter.status ? (counted.get(filter.status) ?? 0) : [...counted.values()].reduce((a, b) => a + b, 0);
  return { unread: all.get('UNREAD') ?? 0, total, overdue: [...overdue.values()].reduce((a, b) => a + b, 0) };
}

/** 確認: marks an unread notice acknowledged; anything else is left as it is. Returns the notice. */
export async function acknowledgeNotice(db: Knex, noticeId: string, staffId: string, at: string): Promise<NoticeRow | null> {
  await db(TABLE).where({ notice_id: noticeId, status: 'UNREAD' }).update({ status: 'ACKNOWLEDGED', acknowledged_at: at, acknowledged_by: staffId });
  const [row] = await noticesByIds(db, [noticeId]);
  return row ?? null;
}

/** 処理済: resolves a notice not yet resolved, acknowledging it too if unread. Returns the notice. */
export async function resolveNotice(db: Knex, noticeId: string, staffId: string, at: string, note: string): Promise<NoticeRow | null> {
  await db.transaction(async (trx) => {
    await trx(TABLE).where({ notice_id: noticeId, status: 'UNREAD' }).update({ acknowledged_at: at, acknowledged_by: staffId });
    await trx(TABLE).where('notice_id', noticeId).whereNot('status', 'RESOLVED').update({ status: 'RESOLVED', resolved_at: at, resolved_by: staffId, resolution_note: note });
  });
  const [row] = await noticesByIds(db, [noticeId]);
  return row ?? null;
}

/** Unread notices per case, for the caseload's badges: one statement per batch of cases. */
export async function unreadNoticeCountsByCaseNos(db: Knex, caseNos: readonly string[]): Promise<{ case_no: string; unread: number }[]> {
  const rows: { case_no: string; unread: number | string }[] = await db(TABLE).select('case_no').count({ unread: '*' }).whereIn('case_no', caseNos).where('status', 'UNREAD').groupBy('case_no');
  return rows.map((r) => ({ case_no: r.case_no, unread: Number(r.unread) }));
}
