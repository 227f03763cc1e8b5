import { recordsThatApply, type DeltaRecord, type SimulationContext } from '@smart-casework/kit';
import { stepCareRow } from './changes/check';
import type { CareRow } from './changes/columns';
import { loadLedger } from './changes/ledger';
import { levelChanges, newCertifications, registryLosses, renewals } from './changes/simulate-plan';
import { storyChanges } from './changes/simulate-story';
import { delta } from './delta';

/**
 * A period of 介護保険 changes: 資格喪失 for the period's deaths and moves, renewals of what
 * expires, new certifications (≈0.3% of the 第1号 insured without one, a month) and 区分変更, and
 * the story caseworkers' 区分変更 and 新規認定. Every row is checked against the state the rows
 * before it leave, as the import will, so the file imports whole.
 */
export async function simulate(ctx: SimulationContext): Promise<DeltaRecord[]> {
  const ledger = await loadLedger(ctx.db, null);
  const people = [...ledger.values()];
  const touched = new Set<string>();
  const losses = registryLosses(ctx, ledger, touched);
  const story = storyChanges(ctx, ledger, [], touched);
  const routine = [...renewals(ctx, people, touched), ...levelChanges(ctx, people, touched), ...newCertifications(ctx, people, touched)];
  const planned = [...losses, ...story, ...routine].sort((a, b) => a.effectiveDate.localeCompare(b.effectiveDate));
  const checking = await loadLedger(ctx.db, null);
  return recordsThatApply(ctx, delta, planned, (row: CareRow) => stepCareRow(checking, row));
}
