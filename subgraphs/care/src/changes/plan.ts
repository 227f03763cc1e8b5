import { addDays, addMonths, endOfMonth, type PlannedDeltaRow, type SimulationContext } from '@smart-casework/kit';
import { CARE_LEVELS } from '../parameters';
import type { CareReason, CareRow } from './columns';

export type PlannedRow = PlannedDeltaRow<CareRow>;

export function planned(atenaNo: string, reason: CareReason, effectiveDate: string, cells: Partial<PlannedRow> = {}): PlannedRow {
  return { atenaNo, reason, effectiveDate, level: null, appliedOn: null, validFrom: null, validTo: null, lossReason: null, ...cells };
}

/** New certifications lean to the lighter levels (national 認定者 statistics, first decisions). */
const NEW_LEVELS: readonly (readonly [PlannedRow['level'], number])[] = [['要支援1', 20], ['要支援2', 17], ['要介護1', 25], ['要介護2', 15], ['要介護3', 10], ['要介護4', 8], ['要介護5', 5]];

/** A new decision taken on `decidedOn`, applied for some weeks before, valid about six months. */
export function newCertification(ctx: SimulationContext, atenaNo: string, decidedOn: string, notBefore: string): PlannedRow | null {
  const appliedOn = addDays(decidedOn, -ctx.rng.int(20, 40));
  if (appliedOn < notBefore) return null;
  const level = ctx.rng.chance(0.05) ? '非該当' : ctx.rng.weighted(NEW_LEVELS);
  const validity = level === '非該当' ? {} : { validFrom: appliedOn, validTo: endOfMonth(addMonths(appliedOn, 6)) };
  return planned(atenaNo, '新規認定', decidedOn, { level, appliedOn, ...validity });
}

/** One level up or down the scale, or null past its end. */
export function shifted(level: string, by: number): PlannedRow['level'] {
  const index = CARE_LEVELS.indexOf(level as (typeof CARE_LEVELS)[number]);
  return index < 0 ? null : (CARE_LEVELS[index + by] ?? null);
}

/** A 区分変更 applied for on `appliedOn`, decided on `decidedOn`: valid from the application, six months. */
export function levelChange(atenaNo: string, level: PlannedRow['level'], appliedOn: string, decidedOn: string): PlannedRow {
  return planned(atenaNo, '区分変更', decidedOn, { level, appliedOn, validFrom: appliedOn, validTo: endOfMonth(addMonths(appliedOn, 6)) });
}
