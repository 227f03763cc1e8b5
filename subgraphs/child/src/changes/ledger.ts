import { inChunks, type Knex } from '@smart-casework/kit';
import type { CertificationRow } from '../data/certifications';
import type { ListedChild } from './columns';

/** A certification as the import sees it while stepping through a file. */
export interface CertificationState {
  certificationNo: string;
  program: string;
  recipient: string;
  payment: string | null;
  amount: number;
  certifiedOn: string;
  endedOn: string | null;
  /** 算定児童, oldest first. */
  children: ListedChild[];
  /** Latest 改定日, or null. */
  lastRevisedOn: string | null;
}

/** Certifications by 証書番号: the database's, then each row's effect in file order. */
export type Ledger = Map<string, CertificationState>;

/** Loads the certifications named by number or held by these recipients, with children and latest revision. */
export async function loadLedger(db: Knex | Knex.Transaction, certificationNos: readonly string[], recipients: readonly string[]): Promise<Ledger> {
  const byNo = await inChunks([...new Set(certificationNos)], (chunk) => db('child_allowance_certifications').whereIn('certification_no', chunk).select<CertificationRow[]>('*'));
  const byRecipient = await inChunks([...new Set(recipients)], (chunk) => db('child_allowance_certifications').whereIn('recipient_atena_no', chunk).select<CertificationRow[]>('*'));
  const ledger: Ledger = new Map();
  for (const c of [...byNo, ...byRecipient]) {
    ledger.set(c.certification_no, { certificationNo: c.certification_no, program: c.program, recipient: c.recipient_atena_no, payment: c.payment, amount: c.monthly_amount, certifiedOn: c.certified_on, endedOn: c.ended_on, children: [], lastRevisedOn: null });
  }
  const numbers = [...ledger.keys()];
  const children = await inChunks(numbers, (chunk) => db('child_allowance_children').whereIn('certification_no', chunk).orderBy(['certification_no', 'birth_order']).select<{ certification_no: string; child_atena_no: string; birth_date: string }[]>('certification_no', 'child_atena_no', 'birth_date'));
  for (const c of children) ledger.get(c.certification_no)?.children.push({ atenaNo: c.child_atena_no, birthDate: c.birth_date });
  const revisions = await inChunks(numbers, async (chunk) => (await db('child_allowance_revisions').whereIn('certification_no', chunk).groupBy('certification_no').select('certification_no').max({ last: 'revised_on' })) as { certification_no: string; last: string }[]);
  for (const r of revisions) {
    const state = ledger.get(r.certification_no);
    if (state) state.lastRevisedOn = r.last;
  }
  return ledger;
}

/** The recipient's current certification of a programme, if any. */
export function currentOf(ledger: Ledger, recipient: string, program: string): CertificationState | undefined {
  return [...ledger.values()].find((c) => c.recipient === recipient && c.program === program && c.endedOn === null);
}
