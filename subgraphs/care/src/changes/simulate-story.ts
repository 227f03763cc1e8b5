import { addDays, maxDate, minDate, type SimulationContext } from '@smart-casework/kit';
import { NOT_ELIGIBLE } from '../parameters';
import { validOn, type Ledger, type PersonState } from './ledger';
import { levelChange, newCertification, shifted, type PlannedRow } from './plan';

/** The story's 区分変更: one level up for someone certified now, applied for at the start of the period. */
function levelUp(ctx: SimulationContext, candidates: readonly PersonState[]): PlannedRow | null {
  const decidedOn = ctx.to;
  const eligible = candidates.filter((s) => s.latest?.valid_from && shifted(s.latest.level, 1) && validOn(s, ctx.from) && validOn(s, decidedOn) && s.latest.valid_from < ctx.from);
  if (eligible.length === 0) return null;
  const s = ctx.pick(eligible);
  return levelChange(s.atenaNo, shifted(s.latest?.level ?? '', 1), ctx.from, decidedOn);
}

/** The story's 新規認定: a 第1号 insured member with no certification valid now. */
function firstCertification(ctx: SimulationContext, candidates: readonly PersonState[]): PlannedRow | null {
  const eligible = candidates.filter((s) => s.insured?.category === '第1号' && !s.insured.lost_on && !validOn(s, ctx.to));
  if (eligible.length === 0) return null;
  const s = ctx.pick(eligible);
  const notBefore = addDays(s.latest?.valid_to ?? '1900-01-01', 1);
  for (let attempt = 0; attempt < 5; attempt++) {
    const row = newCertification(ctx, s.atenaNo, minDate(maxDate(ctx.dateIn(), addDays(ctx.from, 20)), ctx.to), notBefore);
    if (row && row.level !== NOT_ELIGIBLE) return row;
  }
  return null;
}

/**
 * For each story caseworker, a 区分変更 upwards and a 新規認定 among the members of the
 * households they watch, unless the period already brought one of that kind there.
 */
export function storyChanges(ctx: SimulationContext, ledger: Ledger, plannedRows: readonly PlannedRow[], touched: Set<string>): PlannedRow[] {
  const rows: PlannedRow[] = [];
  for (const caseworker of ctx.storyCaseworkers) {
    const members = new Set(ctx.watched.filter((w) => w.caseworkerId === caseworker).map((w) => w.atenaNo));
    const has = (reason: string) => [...plannedRows, ...rows].some((r) => r.reason === reason && members.has(r.atenaNo) && r.level !== NOT_ELIGIBLE);
    const free = [...members].flatMap((a) => (touched.has(a) ? [] : (ledger.get(a) ?? [])));
    const made = [has('区分変更') ? null : levelUp(ctx, free), has('新規認定') ? null : firstCertification(ctx, free)];
    for (const row of made) {
      if (!row) continue;
      rows.push(row);
      touched.add(row.atenaNo);
    }
  }
  return rows;
}
