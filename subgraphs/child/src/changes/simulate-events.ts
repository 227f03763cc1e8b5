import type { SimulationContext, WatchedPerson } from '@smart-casework/kit';
import { childAllowanceTotal, childRearingPartial } from '../parameters';
import { paidOn } from './amounts';
import type { CertificationState, Ledger } from './ledger';
import { childrenCell, plannedFor, type PlannedRow } from './plan';
import { birthChanges, birthPlanning, type NumberIssuer } from './simulate-births';

function currentOf(ledger: Ledger, recipients: ReadonlySet<string>, program?: string): CertificationState[] {
  return [...ledger.values()].filter((c) => c.endedOn === null && recipients.has(c.recipient) && (!program || c.program === program));
}

/**
 * Registry events of the period: births anywhere in the city (the event names the household's
 * members; without them, the watched members the simulation knows), and the end of a
 * recipient's allowances on death or moving out.
 */
export function eventChanges(ctx: SimulationContext, ledger: Ledger, touched: Set<string>, issue: NumberIssuer): PlannedRow[] {
  const watched = new Map<string, string[]>();
  for (const w of ctx.watched) watched.set(w.householdNo, [...(watched.get(w.householdNo) ?? []), w.atenaNo]);
  const births = birthPlanning(ledger, touched, issue, ctx.to);
  const rows: PlannedRow[] = [];
  for (const event of ctx.registryEvents) {
    if (event.reason === '出生') {
      const members = event.members.length > 0 ? event.members : (watched.get(event.householdNo) ?? []);
      rows.push(...birthChanges(births, members, { atenaNo: event.atenaNo, birthDate: event.effectiveDate }));
    } else if (event.reason === '死亡' || event.reason === '転出') {
      const detail = event.reason === '死亡' ? '受給者の死亡' : '受給者の転出';
      rows.push(...(births.held.get(event.atenaNo) ?? []).map((state) => plannedFor(state, '資格喪失', event.effectiveDate, { detail })));
    }
  }
  for (const row of rows) touched.add(row.certificationNo);
  return rows;
}

/** A 児童手当 change for the story when the period brought none: the rules' amount, or a child leaving the count. */
function childAllowanceStory(state: CertificationState, on: string): PlannedRow {
  const births = state.children.map((c) => c.birthDate);
  const ruled = childAllowanceTotal(births, on);
  if (ruled !== state.amount && ruled > 0) return plannedFor(state, '額改定', on, { monthlyAmount: ruled, detail: '額改定（算定の見直し）' });
  const remaining = state.children.slice(1);
  const amount = childAllowanceTotal(remaining.map((c) => c.birthDate), on);
  if (remaining.length === 0 || amount === 0) return plannedFor(state, '資格喪失', on, { detail: '対象児童の施設入所' });
  return plannedFor(state, '額改定', on, { monthlyAmount: amount, children: childrenCell(remaining), detail: '算定児童の減（監護の終了）' });
}

/** 児童扶養手当 for the story: income moved, so the allowance becomes (another) 一部支給. */
function rearingStory(ctx: SimulationContext, state: CertificationState, on: string): PlannedRow {
  const amount = childRearingPartial(paidOn(state.program, state.children, on), 0.2 + 0.6 * ctx.random(), on);
  return plannedFor(state, '額改定', on, { monthlyAmount: amount, payment: '一部支給', detail: '所得の変更による額改定' });
}

/** For each story caseworker, a 児童扶養手当 額改定 and a 児童手当 change in the households they watch. */
export function storyChanges(ctx: SimulationContext, ledger: Ledger, planned: readonly PlannedRow[], touched: Set<string>, on: string): PlannedRow[] {
  const rows: PlannedRow[] = [];
  for (const caseworker of ctx.storyCaseworkers) {
    const members = new Set(ctx.watched.filter((w: WatchedPerson) => w.caseworkerId === caseworker).map((w) => w.atenaNo));
    for (const program of ['児童扶養手当', '児童手当'] as const) {
      if ([...planned, ...rows].some((r) => r.program === program && members.has(r.atenaNo))) continue;
      const candidates = currentOf(ledger, members, program).filter((c) => !touched.has(c.certificationNo) && c.amount > 0 && paidOn(c.program, c.children, on) > 0);
      if (candidates.length === 0) continue;
      const state = ctx.pick(candidates);
      touched.add(state.certificationNo);
      rows.push(program === '児童手当' ? childAllowanceStory(state, on) : rearingStory(ctx, state, on));
    }
  }
  return rows;
}
