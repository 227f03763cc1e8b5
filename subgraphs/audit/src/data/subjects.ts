import { AUDIT_HOUSEHOLDS_TABLE, AUDIT_SUBJECTS_TABLE, type Knex } from '@smart-casework/kit';

/** The seqs of batch lines listing this person (宛名番号), as a subquery. */
export const linesListingPerson = (db: Knex, atenaNo: string): Knex.QueryBuilder => db(AUDIT_SUBJECTS_TABLE).select('seq').where('atena_no', atenaNo);

/** The seqs of batch lines listing this household (世帯番号) as read as a whole, as a subquery. */
export const linesListingHousehold = (db: Knex, householdNo: string): Knex.QueryBuilder => db(AUDIT_HOUSEHOLDS_TABLE).select('seq').where('household_no', householdNo);

/** Lines about one person: naming them (`atena_no`) or listing them among a batch line's subjects. */
export const aboutPerson = (db: Knex, atenaNo: string) => (query: Knex.QueryBuilder): void => {
  query.where((who) => who.where('atena_no', atenaNo).orWhereIn('seq', linesListingPerson(db, atenaNo)));
};

export interface SubjectRow {
  seq: string;
  value: string;
}

/** The persons (`subjects`) or households (`subjectHouseholds`) listed by the lines `seqs` (at most MAX_PARAMS: the loaders' batch). */
export async function listedBy(db: Knex, list: 'subjects' | 'subjectHouseholds', seqs: readonly string[]): Promise<SubjectRow[]> {
  const [table, column] = list === 'subjects' ? [AUDIT_SUBJECTS_TABLE, 'atena_no'] : [AUDIT_HOUSEHOLDS_TABLE, 'household_no'];
  const rows = (await db(table).select('seq', { value: column }).whereIn('seq', seqs.map(Number))) as { seq: number | string; value: string }[];
  return rows.map((row) => ({ seq: String(row.seq), value: row.value }));
}

/** How many persons each of the lines `seqs` lists; lines listing none are absent. */
export async function subjectCounts(db: Knex, seqs: readonly string[]): Promise<{ seq: string; count: number }[]> {
  const rows = (await db(AUDIT_SUBJECTS_TABLE).select('seq').count({ count: '*' }).whereIn('seq', seqs.map(Number)).groupBy('seq')) as { seq: number | string; count: number | string }[];
  return rows.map((row) => ({ seq: String(row.seq), count: Number(row.count) }));
}
