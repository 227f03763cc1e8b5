import { recordsThatApply, type DeltaRecord, type Knex, type SimulationContext } from '@smart-casework/kit';
import { SERIES } from '../seed';
import { stepChildRow } from './changes/check';
import type { ChildRow } from './changes/columns';
import { loadLedger } from './changes/ledger';
import { firstMonthStart } from './changes/plan';
import { ruleChanges } from './changes/simulate-rules';
import type { NumberIssuer } from './changes/simulate-births';
import { eventChanges, storyChanges } from './changes/simulate-events';
import type { Program } from './parameters';
import { delta } from './delta';

async function currentLedger(db: Knex) {
  const current = await db('child_allowance_certifications').whereNull('ended_on').pluck<string[]>('certification_no');
  return loadLedger(db, current, []);
}

/** 証書番号 after the highest of each series the department holds (JT00000001 …). */
async function numberIssuer(db: Knex): Promise<NumberIssuer> {
  const numbers = await db('child_allowance_certifications').pluck<string[]>('certification_no');
  const next = new Map<string, number>();
  for (const no of numbers) {
    const match = /^([A-Z]{2})(\d{8})$/.exec(no);
    if (match?.[1] && match[2]) next.set(match[1], Math.max(next.get(match[1]) ?? 0, Number(match[2])));
  }
  return (program) => {
    const series = SERIES[program as Program];
    const serial = (next.get(series) ?? 0) + 1;
    next.set(series, serial);
    return `${series}${String(serial).padStart(8, '0')}`;
  };
}

/**
 * A period of child-allowance changes: births anywhere in the city (a 額改定 for the household's
 * recipient, or a 児童手当 認定 for a parent), recipients who died or left,
 * 3歳到達 and 高校生年代 under the 児童手当 rules, April rates and the November 現況届 for
 * 児童扶養手当, and the story caseworkers' 児童扶養手当 and 児童手当 changes. Every row is checked
 * against the state the rows before it leave, as the import will, so the file imports whole.
 */
export async function simulate(ctx: SimulationContext): Promise<DeltaRecord[]> {
  const planning = await currentLedger(ctx.db);
  const touched = new Set<string>();
  const events = eventChanges(ctx, planning, touched, await numberIssuer(ctx.db));
  const rules = ruleChanges(ctx, planning, touched);
  const story = storyChanges(ctx, planning, [...events, ...rules], touched, firstMonthStart(ctx.from));
  const planned = [...events, ...rules, ...story].sort((a, b) => a.effectiveDate.localeCompare(b.effectiveDate));
  const checking = await currentLedger(ctx.db);
  return recordsThatApply(ctx, delta, planned, (row: ChildRow) => stepChildRow(checking, row, ctx.to));
}
