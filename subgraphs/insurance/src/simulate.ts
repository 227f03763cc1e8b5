import { COMMON_HEADERS, daysBetween, maxDate, toDeltaRecord, type DeltaRecord, type SimulationContext } from '@smart-casework/kit';
import type { InsuranceColumns, InsuranceReason } from './changes/columns';
import { allEnrolments, type EnrolmentRow } from './data/enrolments';
import { delta } from './delta';

/**
 * Monthly rates per member (our estimates): 国保 members leaving for an employee scheme (社保加入)
 * and former members coming back (社保離脱); moves and deaths follow the registry's events.
 */
const MONTHLY = { joinEmployeeScheme: 0.005, leaveEmployeeScheme: 0.003, kokuhoOnArrival: 0.3 };
const KOKUHO_SYMBOL = '31';

type Cells = Partial<Record<keyof InsuranceColumns, string | null>>;

/** The 資格履歴 as the simulation starts from it. */
interface State {
  /** Open membership per person. */
  open: Map<string, EnrolmentRow>;
  /** Persons whose last membership ended by 社保加入 and who hold none now. */
  employed: string[];
  /** 国保 households by the 番号 part of the 被保険者番号: head and highest 枝番. */
  households: Map<string, { head: string; branch: number }>;
  /** Persons already given a row, so that no one gets two the file cannot apply in order. */
  touched: Set<string>;
}

async function loadState(ctx: SimulationContext): Promise<State> {
  const rows = await allEnrolments(ctx.db);
  const open = new Map(rows.filter((e) => e.lost_on === null).map((e) => [e.atena_no, e]));
  const latest = new Map<string, EnrolmentRow>();
  for (const e of rows) if ((latest.get(e.atena_no)?.acquired_on ?? '') <= e.acquired_on) latest.set(e.atena_no, e);
  const employed = [...latest.values()].filter((e) => !open.has(e.atena_no) && e.loss_reason === '社保加入').map((e) => e.atena_no);
  const households = new Map<string, { head: string; branch: number }>();
  for (const e of open.values()) {
    const [, number, branch] = e.insured_no.split('-');
    if (e.scheme !== '国保' || !number) continue;
    const known = households.get(number);
    households.set(number, { head: e.household_head_atena_no ?? e.atena_no, branch: Math.max(known?.branch ?? 0, Number(branch ?? 0)) });
  }
  return { open, employed, households, touched: new Set() };
}

class Rows {
  readonly records: DeltaRecord[] = [];
  constructor(private readonly ctx: SimulationContext, private readonly state: State) {}

  add(reason: InsuranceReason, atenaNo: string, effectiveDate: string, cells: Cells): void {
    this.state.touched.add(atenaNo);
    this.records.push(toDeltaRecord(delta, { changeId: this.ctx.nextChangeId(), atenaNo, reason, effectiveDate, ...cells }));
  }

  /** A 国保 membership in the household's 番号 with the next 枝番. */
  kokuho(atenaNo: string, householdNo: string, on: string, reason: string): void {
    const number = householdNo.slice(-8, -1);
    const household = this.state.households.get(number) ?? { head: atenaNo, branch: 0 };
    household.branch += 1;
    this.state.households.set(number, household);
    this.add('資格取得', atenaNo, on, { scheme: '国保', insuredNo: `${KOKUHO_SYMBOL}-${number}-${String(household.branch).padStart(2, '0')}`, acquisitionReason: reason, householdHead: household.head });
  }

  loss(enrolment: EnrolmentRow, on: string, reason: string): void {
    this.add('資格喪失', enrolment.atena_no, maxDate(on, enrolment.acquired_on), { scheme: enrolment.scheme, lossReason: reason, insuredNo: enrolment.insured_no });
  }
}

/** Births into 国保 households, arrivals who join 国保, and the end of membership on a move or death. */
function registryFollowUps(ctx: SimulationContext, state: State, rows: Rows): void {
  for (const event of ctx.registryEvents) {
    if (state.touched.has(event.atenaNo)) continue;
    const open = state.open.get(event.atenaNo);
    if ((event.reason === '死亡' || event.reason === '転出') && open) rows.loss(open, event.effectiveDate, event.reason);
    else if (event.reason === '出生' && state.households.has(event.householdNo.slice(-8, -1))) rows.kokuho(event.atenaNo, event.householdNo, event.effectiveDate, '出生');
    else if (event.reason === '転入' && !open && ctx.rng.chance(MONTHLY.kokuhoOnArrival)) rows.kokuho(event.atenaNo, event.householdNo, event.effectiveDate, '転入');
  }
}

/** Jobs found and lost: 社保加入 ends a 国保 membership, 社保離脱 brings a former member back. */
function employmentChurn(ctx: SimulationContext, state: State, months: number, rows: Rows): void {
  const kokuho = [...state.open.values()].filter((e) => e.scheme === '国保' && !state.touched.has(e.atena_no));
  for (const e of kokuho) if (ctx.random() < MONTHLY.joinEmployeeScheme * months) rows.loss(e, ctx.dateIn(), '社保加入');
  for (const atenaNo of state.employed) {
    if (state.touched.has(atenaNo) || ctx.random() >= MONTHLY.leaveEmployeeScheme * months) continue;
    rows.add('資格取得', atenaNo, ctx.dateIn(), { scheme: '国保', insuredNo: `${KOKUHO_SYMBOL}-${atenaNo.slice(-8, -1)}-01`, acquisitionReason: '社保離脱' });
  }
}

/**
 * For each story caseworker: a 国保 acquisition by a member of a household on assistance (which
 * should not happen: medical care is 医療扶助) and a 社保加入 loss (a new job). Someone without a
 * membership to lose gets one first, so that the loss is still there to see.
 */
function story(ctx: SimulationContext, state: State, rows: Rows): void {
  for (const caseworker of ctx.storyCaseworkers) {
    const persons = ctx.watched.filter((w) => w.caseworkerId === caseworker && !state.touched.has(w.atenaNo));
    const insured = persons.filter((w) => state.open.has(w.atenaNo));
    const uninsured = persons.filter((w) => !state.open.has(w.atenaNo));
    const joining = uninsured.length > 0 ? ctx.pick(uninsured) : undefined;
    if (joining) rows.kokuho(joining.atenaNo, joining.householdNo, ctx.dateIn(), '社保離脱');
    const employed = insured.length > 0 ? ctx.pick(insured) : uninsured.find((w) => w !== joining);
    const open = employed ? state.open.get(employed.atenaNo) : undefined;
    if (open) rows.loss(open, ctx.dateIn(), '社保加入');
    else if (employed) {
      rows.kokuho(employed.atenaNo, employed.householdNo, ctx.from, 'その他');
      rows.add('資格喪失', employed.atenaNo, ctx.to, { scheme: '国保', lossReason: '社保加入' });
    }
  }
}

/** A period of 資格取得・喪失 for the city, valid against the current 資格履歴, in date order. */
export async function simulate(ctx: SimulationContext): Promise<DeltaRecord[]> {
  const state = await loadState(ctx);
  const rows = new Rows(ctx, state);
  const months = (daysBetween(ctx.from, ctx.to) + 1) / 30;
  story(ctx, state, rows);
  registryFollowUps(ctx, state, rows);
  employmentChurn(ctx, state, months, rows);
  const date = (r: DeltaRecord) => r[COMMON_HEADERS.effectiveDate] ?? '';
  return rows.records.sort((a, b) => (date(a) < date(b) ? -1 : date(a) > date(b) ? 1 : 0));
}
