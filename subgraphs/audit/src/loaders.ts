import { rowLoader, rowsLoader, type Knex } from '@smart-casework/kit';
import { listedBy, subjectCounts } from './data/subjects';

/**
 * The log itself is read by one scan per query (staff, person or period); what is fetched per
 * line is a batch line's lists, for the page of lines a query returns, keyed by seq.
 */
export function createLoaders(db: Knex) {
  return {
    subjectsBySeq: rowsLoader((seqs: readonly string[]) => listedBy(db, 'subjects', seqs), (row) => row.seq),
    subjectHouseholdsBySeq: rowsLoader((seqs: readonly string[]) => listedBy(db, 'subjectHouseholds', seqs), (row) => row.seq),
    subjectCountBySeq: rowLoader((seqs: readonly string[]) => subjectCounts(db, seqs), (row) => row.seq),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
