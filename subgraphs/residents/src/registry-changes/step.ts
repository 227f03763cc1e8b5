import type { DeltaProblem, Knex, Message } from '@smart-casework/kit';
import { insertChanges, type ResidentChangeRow } from '../data/changes';
import { insertHousehold, updateHousehold } from '../data/households';
import { insertResident, updateResident } from '../data/residents';
import { REASON_GROUPS, type RegistryRow } from './columns';
import { changeHead, moveAddress, splitOff } from './amend';
import { fileFacts, Plan, type Effect } from './plan';
import { register, remove } from './reasons';
import { loadView } from './view';

/** One row against the registry as the earlier rows left it; problems leave the view untouched. */
function step(plan: Plan, row: RegistryRow): Message[] {
  const group = REASON_GROUPS[row.reason];
  if (group === '記載') return register(plan, row);
  if (group === '消除') return remove(plan, row);
  if (row.reason === '転居') return moveAddress(plan, row);
  if (row.reason === '世帯分離') return splitOff(plan, row);
  return changeHead(plan, row);
}

/** Walks the rows in file order over the part of the registry they touch. */
async function walk(trx: Knex.Transaction, rows: readonly RegistryRow[], processedOn: string): Promise<{ plan: Plan; problems: DeltaProblem[] }> {
  const plan = new Plan(await loadView(trx, rows), fileFacts(rows), processedOn);
  const problems: DeltaProblem[] = [];
  for (const row of rows) problems.push(...step(plan, row).map((m) => ({ line: row.line, ...m })));
  return { plan, problems };
}

/** check(): every row valid against the registry and the rows above it. */
export async function checkRegistryRows(trx: Knex.Transaction, rows: readonly RegistryRow[], processedOn: string): Promise<DeltaProblem[]> {
  return (await walk(trx, rows, processedOn)).problems;
}

async function write(trx: Knex.Transaction, effect: Exclude<Effect, { kind: 'change' }>): Promise<void> {
  if (effect.kind === 'insertResident') await insertResident(trx, effect.row);
  else if (effect.kind === 'updateResident') await updateResident(trx, effect.atenaNo, effect.patch);
  else if (effect.kind === 'insertHousehold') await insertHousehold(trx, effect.row);
  else await updateHousehold(trx, effect.householdNo, effect.patch);
}

/** apply(): the rows' writes in file order; history rows in bulk at the end (nothing reads them meanwhile). */
export async function applyRegistryRows(trx: Knex.Transaction, rows: readonly RegistryRow[], processedOn: string): Promise<void> {
  const { plan, problems } = await walk(trx, rows, processedOn);
  // check() ran on the same rows in the same transaction; a problem here is a bug, not bad input.
  if (problems.length > 0) throw new Error(`registry delta: rows became invalid between check and apply (line ${problems[0]?.line})`);
  const changes: ResidentChangeRow[] = [];
  for (const effect of plan.effects) {
    if (effect.kind === 'change') changes.push(effect.row);
    else await write(trx, effect);
  }
  await insertChanges(trx, changes);
}
