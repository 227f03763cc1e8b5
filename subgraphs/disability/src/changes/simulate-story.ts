import type { SimulationContext } from '@smart-casework/kit';
import type { Ledger } from './ledger';
import { moreSevere, regraded, type PlannedRow } from './plan';
import type { Kind } from './columns';
import { newCertificate } from './simulate-plan';

/** Grade changes that matter most to 障害者加算 first: 身体3級 → 2級 moves it to the higher amount. */
const PREFERENCE = ['身体3級', '身体4級', '精神2級', '精神3級', '療育B', '身体2級', '身体5級', '身体6級'];

/**
 * For each story caseworker, a 等級変更 and a 新規交付 (身体3級, which brings 障害者加算) among
 * the members of the households they watch, unless the period already brought one there.
 */
export function storyChanges(ctx: SimulationContext, ledger: Ledger, touched: Set<string>, issue: (kind: Kind) => string): PlannedRow[] {
  const rows: PlannedRow[] = [];
  for (const caseworker of ctx.storyCaseworkers) {
    const members = [...new Set(ctx.watched.filter((w) => w.caseworkerId === caseworker).map((w) => w.atenaNo))].filter((a) => !touched.has(a));
    const held = [...ledger.held.values()].filter((c) => members.includes(c.atena_no) && moreSevere(c.kind, c.grade));
    const rank = (c: (typeof held)[number]) => (PREFERENCE.indexOf(`${c.kind}${c.grade}`) + PREFERENCE.length + 1) % (PREFERENCE.length + 1);
    const best = held.sort((a, b) => rank(a) - rank(b))[0];
    if (best) {
      rows.push(regraded(best, moreSevere(best.kind, best.grade) ?? best.grade, ctx.to));
      touched.add(best.atena_no);
    }
    const without = members.filter((a) => a !== best?.atena_no && ![...ledger.held.values()].some((c) => c.atena_no === a));
    if (without.length === 0) continue;
    const atenaNo = ctx.pick(without);
    rows.push(newCertificate(ctx, atenaNo, '身体', ctx.dateIn(), issue, '3級'));
    touched.add(atenaNo);
  }
  return rows;
}
