import { daysBetween, type SimulationContext } from '@smart-casework/kit';
import type { Kind } from './columns';
import { heldKey, type CertificateState, type Ledger } from './ledger';
import { moreSevere, planned, regraded, type PlannedRow } from './plan';

/** New certificates a month per certificate held (≈0.4%: some 40 a month at 150,000, most to people the division does not know yet). */
const NEW_RATE_PER_MONTH = 0.004;
/** 等級変更 a month per certificate held (再認定, a worsened condition). */
const REGRADE_RATE_PER_MONTH = 0.002;

const PHYSICAL = [['1級', 20], ['2級', 12], ['3級', 18], ['4級', 30], ['5級', 10], ['6級', 10]] as const;
const IMPAIRMENTS = [['肢体不自由', 40], ['心臓機能障害', 18], ['じん臓機能障害', 10], ['視覚障害', 7], ['聴覚・平衡機能障害', 10], ['呼吸器機能障害', 5], ['ぼうこう・直腸機能障害', 10]] as const;
const MENTAL = [['1級', 8], ['2級', 55], ['3級', 37]] as const;

const months = (ctx: SimulationContext) => (daysBetween(ctx.from, ctx.to) + 1) / 30;

/** Issues 手帳番号: the kind's code and a serial after the highest in use (the seed's numbering). */
export function numberIssuer(ledger: Ledger): (kind: Kind) => string {
  let serial = Math.max(0, ...[...ledger.numbers].map((n) => (/^\d{8}$/.test(n) ? Number(n.slice(1)) : 0)));
  const codes: Record<Kind, string> = { 身体: '1', 療育: '2', 精神: '3' };
  return (kind) => `${codes[kind]}${String(++serial).padStart(7, '0')}`;
}

/** A new certificate of a kind the person lacks, with a grade drawn as the city's are. */
export function newCertificate(ctx: SimulationContext, atenaNo: string, kind: Kind, on: string, issue: (kind: Kind) => string, grade?: string): PlannedRow {
  if (kind === '身体') return planned(atenaNo, '新規交付', on, kind, issue(kind), { grade: (grade ?? ctx.rng.weighted(PHYSICAL)) as PlannedRow['grade'], impairment: ctx.rng.weighted(IMPAIRMENTS) });
  const drawn = kind === '療育' ? (ctx.rng.chance(0.4) ? 'A' : 'B') : ctx.rng.weighted(MENTAL);
  return planned(atenaNo, '新規交付', on, kind, issue(kind), { grade: (grade ?? drawn) as PlannedRow['grade'] });
}

/** Returns on death or moving away: every certificate the person holds. */
export function returns(ctx: SimulationContext, ledger: Ledger, touched: Set<string>): PlannedRow[] {
  const rows: PlannedRow[] = [];
  for (const event of ctx.registryEvents) {
    if (event.reason !== '死亡' && event.reason !== '転出') continue;
    for (const held of [...ledger.held.values()].filter((c) => c.atena_no === event.atenaNo)) {
      rows.push(planned(held.atena_no, '返還', event.effectiveDate, held.kind as Kind, held.certificate_no));
      touched.add(held.atena_no);
    }
  }
  return rows;
}

/** Grades changed on 再認定 or a worsened condition, upwards, and new certificates for holders and watched members. */
export function routine(ctx: SimulationContext, ledger: Ledger, touched: Set<string>, issue: (kind: Kind) => string): PlannedRow[] {
  const held: CertificateState[] = [...ledger.held.values()];
  const rows: PlannedRow[] = [];
  for (const c of held) {
    const grade = moreSevere(c.kind, c.grade);
    if (touched.has(c.atena_no) || !grade || !ctx.rng.chance(REGRADE_RATE_PER_MONTH * months(ctx))) continue;
    rows.push(regraded(c, grade, ctx.dateIn()));
    touched.add(c.atena_no);
  }
  const people = [...new Set([...held.map((c) => c.atena_no), ...ctx.watched.map((w) => w.atenaNo)])];
  const count = Math.round(held.length * NEW_RATE_PER_MONTH * months(ctx));
  for (let i = 0; i < count && people.length > 0; i++) {
    const atenaNo = ctx.pick(people);
    const kind = ctx.rng.weighted<Kind>([['身体', 50], ['精神', 40], ['療育', 10]]);
    if (touched.has(atenaNo) || ledger.held.has(heldKey(atenaNo, kind))) continue;
    rows.push(newCertificate(ctx, atenaNo, kind, ctx.dateIn(), issue));
    touched.add(atenaNo);
  }
  return rows;
}
