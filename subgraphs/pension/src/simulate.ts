import { addDays, addMonths, addYears, COMMON_HEADERS, daysBetween, firstOfMonth, firstOfNextMonth, maxDate, toDeltaRecord, type DeltaRecord, type SimulationContext } from '@smart-casework/kit';
import type { PensionColumns, PensionReason } from './changes/columns';
import { allBenefits, type BenefitRow } from './data/benefits';
import { allExemptions, type ExemptionRow } from './data/exemptions';
import { allInsuredPeriods, type InsuredPeriodRow } from './data/insured';
import { delta } from './delta';
import { fullOldAgePension, PENSIONABLE_AGE } from './parameters';

/** Monthly rates (our estimates): revisions of benefits being paid, 申請免除 granted to 第1号 without income. */
const MONTHLY = { revision: 0.002, exemption: 0.01 };

type Cells = Partial<Record<keyof PensionColumns, string | number | null>>;

interface State {
  periods: InsuredPeriodRow[];
  /** Benefits being paid, by person. */
  paying: Map<string, BenefitRow[]>;
  /** Persons with an exemption that is open or ends after the period starts. */
  exempt: Set<string>;
  /** Persons already given a row (one row per person keeps the file applicable in any order). */
  touched: Set<string>;
}

async function loadState(ctx: SimulationContext): Promise<State> {
  const paying = new Map<string, BenefitRow[]>();
  for (const b of await allBenefits(ctx.db)) if (b.ended_on === null) paying.set(b.atena_no, [...(paying.get(b.atena_no) ?? []), b]);
  const exemptions: ExemptionRow[] = await allExemptions(ctx.db);
  const exempt = new Set(exemptions.filter((e) => e.period_to === null || e.period_to >= addMonths(firstOfMonth(ctx.from), -1)).map((e) => e.atena_no));
  return { periods: await allInsuredPeriods(ctx.db), paying, exempt, touched: new Set() };
}

class Rows {
  readonly records: DeltaRecord[] = [];
  constructor(private readonly ctx: SimulationContext, private readonly state: State) {}

  add(reason: PensionReason, atenaNo: string, effectiveDate: string, cells: Cells): void {
    this.state.touched.add(atenaNo);
    this.records.push(toDeltaRecord(delta, { changeId: this.ctx.nextChangeId(), atenaNo, reason, effectiveDate, ...cells }));
  }

  /** 老齢基礎年金 for someone whose 60th birthday ended their insured period: 65 is five years on. */
  oldAge(period: InsuredPeriodRow, on: string, startedOn: string): void {
    const birthDate = addDays(addYears(period.lost_on ?? on, -60), 1);
    const amount = Math.round((fullOldAgePension(birthDate, on) * (0.55 + this.ctx.random() * 0.45)) / 100) * 100;
    this.add('裁定', period.atena_no, on, { benefitKind: '老齢基礎年金', annualAmount: amount, startedOn });
  }

  revision(benefit: BenefitRow, on: string, factor: number): void {
    this.add('額改定', benefit.atena_no, on, { benefitKind: benefit.kind, grade: benefit.grade, annualAmount: Math.round((benefit.annual_amount * factor) / 100) * 100 });
  }
}

/** Those reaching 65 in the period, with no benefit yet, are awarded the 老齢基礎年金 from the next month (deferral is not modelled). */
function awardsAt65(ctx: SimulationContext, state: State, rows: Rows): void {
  for (const period of state.periods) {
    if (period.loss_reason !== '60歳到達' || period.lost_on === null || state.paying.has(period.atena_no) || state.touched.has(period.atena_no)) continue;
    const attained = addYears(period.lost_on, PENSIONABLE_AGE - 60);
    if (attained < ctx.from || attained > ctx.to) continue;
    rows.oldAge(period, attained, firstOfNextMonth(attained));
  }
}

/** The registry's deaths end every benefit being paid (失権). */
function deaths(ctx: SimulationContext, state: State, rows: Rows): void {
  for (const event of ctx.registryEvents) {
    const benefit = state.paying.get(event.atenaNo)?.[0];
    if (event.reason === '死亡' && benefit && !state.touched.has(event.atenaNo)) rows.add('失権', event.atenaNo, event.effectiveDate, { benefitKind: benefit.kind, endReason: '死亡' });
  }
}

function churn(ctx: SimulationContext, state: State, months: number, rows: Rows): void {
  for (const [atenaNo, benefits] of state.paying) {
    const benefit = benefits[0];
    if (benefit && !state.touched.has(atenaNo) && ctx.random() < MONTHLY.revision * months) rows.revision(benefit, ctx.dateIn(), 0.95 + ctx.random() * 0.1);
  }
  for (const period of state.periods) {
    const candidate = period.lost_on === null && period.category === '第1号' && period.prior_year_income === 0 && !state.exempt.has(period.atena_no) && !state.touched.has(period.atena_no);
    if (!candidate || ctx.random() >= MONTHLY.exemption * months) continue;
    const on = ctx.dateIn();
    rows.add('免除', period.atena_no, on, { exemptionKind: '申請全額免除', exemptionReason: '前年所得が基準以下', periodFrom: firstOfMonth(on) });
  }
}

/**
 * For each story caseworker: a pension award backdated six months (back pay → 63条), a revision
 * of a benefit being paid, and a 法定免除 notified for a 第1号 member on assistance.
 */
function story(ctx: SimulationContext, state: State, rows: Rows): void {
  for (const caseworker of ctx.storyCaseworkers) {
    const persons = ctx.watched.filter((w) => w.caseworkerId === caseworker && !state.touched.has(w.atenaNo)).map((w) => w.atenaNo);
    const mine = new Set(persons);
    const unpaid = persons.filter((a) => !state.paying.has(a));
    const over60 = state.periods.filter((p) => mine.has(p.atena_no) && p.loss_reason === '60歳到達' && !state.paying.has(p.atena_no));
    const on = ctx.dateIn();
    const back = addMonths(firstOfMonth(on), -6);
    if (over60.length > 0) rows.oldAge(ctx.pick(over60), on, back);
    else if (unpaid.length > 0) rows.add('裁定', ctx.pick(unpaid), on, { benefitKind: '障害基礎年金', grade: 2, annualAmount: 831_700, startedOn: back });
    const paid = persons.filter((a) => state.paying.has(a) && !state.touched.has(a));
    const benefit = paid.length > 0 ? state.paying.get(ctx.pick(paid))?.[0] : undefined;
    if (benefit) rows.revision(benefit, ctx.dateIn(), 1.1);
    const first = state.periods.filter((p) => mine.has(p.atena_no) && p.lost_on === null && p.category === '第1号' && !state.exempt.has(p.atena_no) && !state.touched.has(p.atena_no));
    const exempted = first.length > 0 ? ctx.pick(first) : undefined;
    const notified = ctx.dateIn();
    if (exempted) rows.add('免除', exempted.atena_no, notified, { exemptionKind: '法定免除', exemptionReason: '生活扶助受給', periodFrom: maxDate(exempted.acquired_on, addMonths(firstOfMonth(notified), -1)) });
  }
}

/** A period of the 国民年金 division's changes, valid against its current records, in date order. */
export async function simulate(ctx: SimulationContext): Promise<DeltaRecord[]> {
  const state = await loadState(ctx);
  const rows = new Rows(ctx, state);
  story(ctx, state, rows);
  deaths(ctx, state, rows);
  awardsAt65(ctx, state, rows);
  churn(ctx, state, (daysBetween(ctx.from, ctx.to) + 1) / 30, rows);
  const date = (r: DeltaRecord) => r[COMMON_HEADERS.effectiveDate] ?? '';
  return rows.records.sort((a, b) => (date(a) < date(b) ? -1 : date(a) > date(b) ? 1 : 0));
}
