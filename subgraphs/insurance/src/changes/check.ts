import type { DeltaProblem, Knex } from '@smart-casework/kit';
import { enrolmentsOfPersons } from '../data/enrolments';
import type { InsuranceDeltaRow } from './columns';

interface Period {
  scheme: string;
  acquiredOn: string;
  lostOn: string | null;
}

type Problem = Pick<DeltaProblem, 'ja' | 'en'>;

/** 資格取得 needs no membership that is open or lasts past the day (one scheme at a time); it opens one. */
function checkAcquisition(row: InsuranceDeltaRow, periods: Period[]): Problem | null {
  const overlapping = periods.find((p) => p.lostOn === null || p.lostOn > row.effectiveDate);
  if (overlapping) return { ja: `${overlapping.scheme}の資格（${overlapping.acquiredOn} 取得）が${row.effectiveDate}に続いています。先に資格喪失を送ってください。`, en: `a ${overlapping.scheme} membership (from ${overlapping.acquiredOn}) lasts on ${row.effectiveDate}; send its loss first` };
  periods.push({ scheme: row.scheme, acquiredOn: row.effectiveDate, lostOn: null });
  return null;
}

/** 資格喪失 needs an open membership of the scheme that started on or before the day; it closes it. */
function checkLoss(row: InsuranceDeltaRow, periods: Period[]): Problem | null {
  const open = periods.find((p) => p.scheme === row.scheme && p.lostOn === null);
  if (!open) return { ja: `喪失する${row.scheme}の資格がありません。`, en: `no current ${row.scheme} membership to end` };
  if (open.acquiredOn > row.effectiveDate) return { ja: `喪失日 ${row.effectiveDate} が取得日 ${open.acquiredOn} より前です。`, en: `loss ${row.effectiveDate} is before the acquisition ${open.acquiredOn}` };
  open.lostOn = row.effectiveDate;
  return null;
}

/** Checks each row against the person's 資格履歴 as the rows before it in the file leave it. */
export async function checkInsuranceChanges(db: Knex.Transaction, rows: readonly InsuranceDeltaRow[]): Promise<DeltaProblem[]> {
  const history = new Map<string, Period[]>();
  for (const e of await enrolmentsOfPersons(db, rows.map((r) => r.atenaNo))) {
    history.set(e.atena_no, [...(history.get(e.atena_no) ?? []), { scheme: e.scheme, acquiredOn: e.acquired_on, lostOn: e.lost_on }]);
  }
  const problems: DeltaProblem[] = [];
  for (const row of rows) {
    const periods = history.get(row.atenaNo) ?? [];
    history.set(row.atenaNo, periods);
    const problem = row.reason === '資格取得' ? checkAcquisition(row, periods) : checkLoss(row, periods);
    if (problem) problems.push({ line: row.line, ...problem });
  }
  return problems;
}
