import type { PlannedDeltaRow } from '@smart-casework/kit';
import type { DisabilityReason, DisabilityRow, Kind } from './columns';
import type { CertificateState } from './ledger';

export type PlannedRow = PlannedDeltaRow<DisabilityRow>;

export function planned(atenaNo: string, reason: DisabilityReason, effectiveDate: string, kind: Kind, certificateNo: string, cells: Partial<PlannedRow> = {}): PlannedRow {
  return { atenaNo, reason, effectiveDate, kind, certificateNo, grade: null, impairment: null, reassessOn: null, validUntil: null, ...cells };
}

/** The next more severe grade (身体 4級 → 3級, 療育 B → A, 精神 2級 → 1級), or null at the top. */
export function moreSevere(kind: string, grade: string): string | null {
  if (kind === '療育') return grade === 'B' ? 'A' : null;
  const n = Number(grade.replace('級', ''));
  return n > 1 ? `${n - 1}級` : null;
}

/** A grade change of a held certificate, re-issued on `on`. */
export function regraded(held: CertificateState, grade: string, on: string): PlannedRow {
  return planned(held.atena_no, '等級変更', on, held.kind as Kind, held.certificate_no, { grade: grade as PlannedRow['grade'] });
}
