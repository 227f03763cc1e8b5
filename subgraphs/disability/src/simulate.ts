import { recordsThatApply, type DeltaRecord, type SimulationContext } from '@smart-casework/kit';
import { stepDisabilityRow } from './changes/check';
import type { DisabilityRow } from './changes/columns';
import { loadLedger } from './changes/ledger';
import { numberIssuer, returns, routine } from './changes/simulate-plan';
import { storyChanges } from './changes/simulate-story';
import { delta } from './delta';

/**
 * A period of 障害者手帳 changes: certificates returned on death or moving away, a few grade
 * changes and new certificates, and the story caseworkers' 等級変更 and 新規交付. Every row is
 * checked against the state the rows before it leave, as the import will, so the file imports whole.
 */
export async function simulate(ctx: SimulationContext): Promise<DeltaRecord[]> {
  const ledger = await loadLedger(ctx.db, null);
  const issue = numberIssuer(ledger);
  const touched = new Set<string>();
  const planned = [...returns(ctx, ledger, touched), ...storyChanges(ctx, ledger, touched, issue), ...routine(ctx, ledger, touched, issue)];
  planned.sort((a, b) => a.effectiveDate.localeCompare(b.effectiveDate));
  const checking = await loadLedger(ctx.db, null);
  return recordsThatApply(ctx, delta, planned, (row: DisabilityRow) => stepDisabilityRow(checking, row));
}
