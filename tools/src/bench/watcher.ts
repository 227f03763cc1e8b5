/**
 * The change watcher's sweep over a running city: every open case's and application's
 * household read through the gateway in batches and compared with the last snapshots. The first
 * sweep over a welfare database without snapshots records the baseline (every row written); the
 * second is the steady state of every five minutes (read and compare, write only what changed).
 */
import type { Knex } from '@smart-casework/kit';
import { gatewayClient, runSweep, type SweepSummary } from '@smart-casework/welfare/watcher/sweep';

export interface WatcherBench {
  households: number;
  /** The first sweep: a baseline when the database had no snapshots yet. */
  first: SweepSummary;
  /** A second sweep right after: nothing changed in between. */
  second: SweepSummary;
  /** Whether the first sweep started from no snapshots at all. */
  firstWasBaseline: boolean;
}

/** Two sweeps in a row as the `bench` holder, with the watcher's default batch size and concurrency unless given. */
export async function benchWatcher(welfare: Knex, gatewayUrl: string, options: { batchSize?: number; concurrency?: number } = {}): Promise<WatcherBench> {
  const gateway = gatewayClient(gatewayUrl, process.env.WATCHER_TOKEN);
  const existing = await welfare('watch_snapshots').count({ n: '*' }).first();
  const sweep = () => runSweep({ db: welfare, gateway, holder: 'bench', ...options });
  const first = await sweep();
  if (first.skipped) throw new Error(`the watcher lease is held by ${first.skipped.holder}: stop the demo's watcher or wait until ${first.skipped.expiresAt}`);
  const second = await sweep();
  return { households: first.households, first, second, firstWasBaseline: Number(existing?.n ?? 0) === 0 };
}
