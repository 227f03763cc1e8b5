import { inChunks, type Knex } from '@smart-casework/kit';
import type { CertificateRow } from '../data/certificates';

/** What the import needs of a certificate. */
export type CertificateState = Pick<CertificateRow, 'atena_no' | 'kind' | 'certificate_no' | 'grade' | 'issued_on' | 'valid_until'>;

/** Certificates by `atenaNo|kind` (one per kind and person), and every 手帳番号 in use. */
export interface Ledger {
  held: Map<string, CertificateState>;
  numbers: Set<string>;
}

export const heldKey = (atenaNo: string, kind: string) => `${atenaNo}|${kind}`;

const COLUMNS = ['atena_no', 'kind', 'certificate_no', 'grade', 'issued_on', 'valid_until'];

/** The certificates of these persons or with these numbers (every certificate when both are null). */
export async function loadLedger(db: Knex | Knex.Transaction, atenaNos: readonly string[] | null, certificateNos: readonly string[] = []): Promise<Ledger> {
  const rows = atenaNos === null
    ? await db('disability_certificates').select<CertificateState[]>(COLUMNS)
    : [
        ...(await inChunks([...new Set(atenaNos)], (chunk) => db('disability_certificates').whereIn('atena_no', chunk).select<CertificateState[]>(COLUMNS))),
        ...(await inChunks([...new Set(certificateNos)], (chunk) => db('disability_certificates').whereIn('certificate_no', chunk).select<CertificateState[]>(COLUMNS))),
      ];
  return { held: new Map(rows.map((r) => [heldKey(r.atena_no, r.kind), r])), numbers: new Set(rows.map((r) => r.certificate_no)) };
}
