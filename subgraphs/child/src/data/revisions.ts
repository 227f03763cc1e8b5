import type { Knex } from '@smart-casework/kit';

/** 額改定: one change of a certification's monthly amount. */
export interface RevisionRow {
  certification_no: string;
  revision_no: number;
  revised_on: string;
  amount_before: number;
  amount_after: number;
  reason: string;
  recipient_atena_no: string;
}

/** The amount revisions of these recipients' certifications, newest first. */
export function revisionsByRecipients(db: Knex, atenaNos: readonly string[]): Promise<RevisionRow[]> {
  return db({ r: 'child_allowance_revisions' })
    .join({ a: 'child_allowance_certifications' }, 'a.certification_no', 'r.certification_no')
    .select('r.certification_no', 'r.revision_no', 'r.revised_on', 'r.amount_before', 'r.amount_after', 'r.reason', 'a.recipient_atena_no')
    .whereIn('a.recipient_atena_no', atenaNos)
    .orderBy([{ column: 'r.certification_no' }, { column: 'r.revision_no', order: 'desc' }]);
}
