import type { Knex } from '@smart-casework/kit';

/** 算定児童: a child counted in a certification, with what it needs of the certification. */
export interface CountedChildRow {
  certification_no: string;
  child_atena_no: string;
  birth_date: string;
  birth_order: number;
  /** 支給対象 (booleans come back as 0/1 from SQLite and MariaDB; normalised here). */
  paid: boolean;
  program: string;
  recipient_atena_no: string;
  certification_ended_on: string | null;
}

const COLUMNS = ['c.certification_no', 'c.child_atena_no', 'c.birth_date', 'c.birth_order', 'c.paid', 'a.program', 'a.recipient_atena_no', 'a.ended_on as certification_ended_on'];

function countedChildren(db: Knex) {
  return db({ c: 'child_allowance_children' }).join({ a: 'child_allowance_certifications' }, 'a.certification_no', 'c.certification_no').select(COLUMNS);
}

async function normalised(rows: Promise<(Omit<CountedChildRow, 'paid'> & { paid: boolean | number })[]>): Promise<CountedChildRow[]> {
  return (await rows).map((row) => ({ ...row, paid: Boolean(row.paid) }));
}

/** The children counted in the certifications of these recipients. */
export function countedChildrenByRecipients(db: Knex, atenaNos: readonly string[]): Promise<CountedChildRow[]> {
  return normalised(countedChildren(db).whereIn('a.recipient_atena_no', atenaNos).orderBy(['c.certification_no', 'c.birth_order']));
}

/** Where these persons are counted as children. */
export function countedChildrenByChildren(db: Knex, atenaNos: readonly string[]): Promise<CountedChildRow[]> {
  return normalised(countedChildren(db).whereIn('c.child_atena_no', atenaNos).orderBy(['c.child_atena_no', 'c.certification_no']));
}
