import { inChunks, type Knex } from '@smart-casework/kit';
import type { CertificationRow } from '../data/certifications';
import type { InsuredRow } from '../data/insured';

/** What the import needs of one person: the 資格 and the latest 要介護認定. */
export interface PersonState {
  atenaNo: string;
  insured: Pick<InsuredRow, 'category' | 'lost_on'> | null;
  latest: Pick<CertificationRow, 'history_no' | 'level' | 'valid_from' | 'valid_to'> | null;
}

/** Persons by atenaNo: the database's state, then each row's effect in file order. */
export type Ledger = Map<string, PersonState>;

function build(atenaNos: readonly string[], insured: InsuredRow[], certifications: CertificationRow[]): Ledger {
  const ledger: Ledger = new Map(atenaNos.map((atenaNo) => [atenaNo, { atenaNo, insured: null, latest: null }]));
  const person = (atenaNo: string) => ledger.get(atenaNo) ?? ledger.set(atenaNo, { atenaNo, insured: null, latest: null }).get(atenaNo);
  for (const row of insured) {
    const state = person(row.atena_no);
    if (state) state.insured = { category: row.category, lost_on: row.lost_on };
  }
  for (const row of certifications) {
    const state = person(row.atena_no);
    if (state && (!state.latest || row.history_no > state.latest.history_no)) state.latest = { history_no: row.history_no, level: row.level, valid_from: row.valid_from, valid_to: row.valid_to };
  }
  return ledger;
}

/** The state of these persons (every insured or certified person when `atenaNos` is null). */
export async function loadLedger(db: Knex | Knex.Transaction, atenaNos: readonly string[] | null): Promise<Ledger> {
  if (atenaNos === null) {
    const [insured, certifications] = await Promise.all([db('care_insured').select<InsuredRow[]>('*'), db('care_certifications').select<CertificationRow[]>('*')]);
    return build([], insured, certifications);
  }
  const unique = [...new Set(atenaNos)];
  const insured = await inChunks(unique, (chunk) => db('care_insured').whereIn('atena_no', chunk).select<InsuredRow[]>('*'));
  const certifications = await inChunks(unique, (chunk) => db('care_certifications').whereIn('atena_no', chunk).select<CertificationRow[]>('*'));
  return build(unique, insured, certifications);
}

/** A certification (not 非該当) whose validity covers the day. */
export function validOn(state: PersonState, on: string): boolean {
  const c = state.latest;
  return c !== null && c.valid_from !== null && c.valid_to !== null && c.valid_from <= on && on <= c.valid_to;
}
