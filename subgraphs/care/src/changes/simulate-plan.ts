import { addDays, addMonths, daysBetween, endOfMonth, maxDate, minDate, type SimulationContext } from '@smart-casework/kit';
import { NOT_ELIGIBLE } from '../parameters';
import { validOn, type Ledger, type PersonState } from './ledger';
import { levelChange, newCertification, planned, shifted, type PlannedRow } from './plan';

/** New applications a month per 第1号 insured without a certification (≈ 0.3%: some 100 a month at 150,000). */
const NEW_RATE_PER_MONTH = 0.003;
/** 区分変更 a month per current certification (condition worsened, mostly). */
const CHANGE_RATE_PER_MONTH = 0.01;
/** Renewals that are not applied for (death, admission to hospital, recovery). */
const LAPSE_SHARE = 0.08;

const months = (ctx: SimulationContext) => (daysBetween(ctx.from, ctx.to) + 1) / 30;
const isCertified = (s: PersonState, on: string) => validOn(s, on) && s.latest?.level !== NOT_ELIGIBLE;

/** New certifications among the 第1号 insured who hold none. */
export function newCertifications(ctx: SimulationContext, people: readonly PersonState[], touched: Set<string>): PlannedRow[] {
  const candidates = people.filter((s) => s.insured?.category === '第1号' && !s.insured.lost_on && !isCertified(s, ctx.to) && !touched.has(s.atenaNo));
  const rows: PlannedRow[] = [];
  for (const s of candidates) {
    if (!ctx.rng.chance(NEW_RATE_PER_MONTH * months(ctx))) continue;
    const row = newCertification(ctx, s.atenaNo, ctx.dateIn(), addDays(s.latest?.valid_to ?? '1900-01-01', 1));
    if (!row) continue;
    rows.push(row);
    touched.add(s.atenaNo);
  }
  return rows;
}

/** 区分変更 of current certifications, three in four upwards. */
export function levelChanges(ctx: SimulationContext, people: readonly PersonState[], touched: Set<string>): PlannedRow[] {
  const rows: PlannedRow[] = [];
  for (const s of people) {
    if (touched.has(s.atenaNo) || !s.latest?.valid_from || !ctx.rng.chance(CHANGE_RATE_PER_MONTH * months(ctx))) continue;
    const decidedOn = ctx.dateIn();
    const appliedOn = addDays(decidedOn, -ctx.rng.int(20, 40));
    const level = shifted(s.latest.level, ctx.rng.chance(0.75) ? 1 : -1);
    if (!level || !isCertified(s, appliedOn) || appliedOn <= s.latest.valid_from) continue;
    rows.push(levelChange(s.atenaNo, level, appliedOn, decidedOn));
    touched.add(s.atenaNo);
  }
  return rows;
}

/** Renewals of certifications ending within a month after the period, decided one to four weeks before the end. */
export function renewals(ctx: SimulationContext, people: readonly PersonState[], touched: Set<string>): PlannedRow[] {
  const rows: PlannedRow[] = [];
  for (const s of people) {
    const latest = s.latest;
    if (touched.has(s.atenaNo) || !latest?.valid_to || latest.level === NOT_ELIGIBLE || s.insured?.lost_on) continue;
    if (latest.valid_to <= ctx.from || latest.valid_to > addDays(ctx.to, 30) || ctx.rng.chance(LAPSE_SHARE)) continue;
    const decidedOn = minDate(maxDate(addDays(latest.valid_to, -ctx.rng.int(7, 30)), ctx.from), ctx.to);
    const same = ctx.rng.chance(0.6);
    const level = same ? latest.level : (shifted(latest.level, ctx.rng.chance(0.7) ? 1 : -1) ?? latest.level);
    const length = ctx.rng.weighted<number>(level === latest.level ? [[12, 40], [24, 20], [36, 25], [48, 15]] : [[12, 60], [24, 25], [36, 15]]);
    const validFrom = addDays(latest.valid_to, 1);
    rows.push(planned(s.atenaNo, '更新', decidedOn, { level: level as PlannedRow['level'], appliedOn: minDate(addDays(decidedOn, -ctx.rng.int(20, 40)), addDays(validFrom, -30)), validFrom, validTo: endOfMonth(addMonths(validFrom, length - 1)) }));
    touched.add(s.atenaNo);
  }
  return rows;
}

/** Deaths and moves out end the 資格 (or, for a certified person who was never insured, the certification). */
export function registryLosses(ctx: SimulationContext, ledger: Ledger, touched: Set<string>): PlannedRow[] {
  const rows: PlannedRow[] = [];
  for (const event of ctx.registryEvents) {
    const s = ledger.get(event.atenaNo);
    if (!s || (event.reason !== '死亡' && event.reason !== '転出')) continue;
    touched.add(s.atenaNo);
    if (s.insured && !s.insured.lost_on) rows.push(planned(s.atenaNo, '資格喪失', event.effectiveDate, { lossReason: event.reason }));
    else if (!s.insured && s.latest?.valid_from && isCertified(s, event.effectiveDate) && event.effectiveDate > s.latest.valid_from) rows.push(planned(s.atenaNo, '認定取消', event.effectiveDate));
  }
  return rows;
}
