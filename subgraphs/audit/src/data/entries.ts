import { AUDIT_TABLE, type AuditEntryRow, type AuditOutcome, type Knex } from '@smart-casework/kit';
import { aboutPerson, linesListingHousehold } from './subjects';

export type EntryRow = AuditEntryRow;

/** What the auditor narrows the log by; `from` inclusive, `to` exclusive (ISO strings compare as times). */
export interface EntryFilter {
  staffId?: string | null;
  atenaNo?: string | null;
  from?: string | null;
  to?: string | null;
  outcome?: AuditOutcome | null;
}

function inPeriod(query: Knex.QueryBuilder, from?: string | null, to?: string | null): Knex.QueryBuilder {
  if (from) query.where('at', '>=', from);
  if (to) query.where('at', '<', to);
  return query;
}

/** One page of the log, newest first (by seq, the order written), before the `beforeSeq` cursor. */
export async function entriesPage(db: Knex, filter: EntryFilter, limit: number, beforeSeq: number | null): Promise<EntryRow[]> {
  const query = inPeriod(db(AUDIT_TABLE).select('*'), filter.from, filter.to).orderBy('seq', 'desc').limit(limit);
  if (filter.staffId) query.where('staff_id', filter.staffId);
  if (filter.atenaNo) aboutPerson(db, filter.atenaNo)(query);
  if (filter.outcome) query.where('outcome', filter.outcome);
  if (beforeSeq !== null) query.where('seq', '<', beforeSeq);
  return (await query) as EntryRow[];
}

/**
 * Every line about one person in the period, newest first: the lines naming them or listing them
 * among a batch line's subjects, and with `householdNo` the lines about their household that name
 * no one (a household read as a whole, alone or listed by a batch line).
 */
export async function entriesAbout(db: Knex, subject: { atenaNo: string; householdNo?: string | null }, from: string | null, to: string | null, limit: number): Promise<EntryRow[]> {
  const query = inPeriod(db(AUDIT_TABLE).select('*'), from, to).orderBy('seq', 'desc').limit(limit);
  const { householdNo } = subject;
  query.where((who) => {
    aboutPerson(db, subject.atenaNo)(who);
    if (householdNo) {
      who.orWhere((household) => household.where('household_no', householdNo).whereNull('atena_no'));
      who.orWhereIn('seq', linesListingHousehold(db, householdNo));
    }
  });
  return (await query) as EntryRow[];
}

/** A page of the log as `AuditEntryConnection` returns it. */
export interface EntryPage {
  nodes: EntryRow[];
  pageInfo: { endCursor: string | null; hasNextPage: boolean };
}
