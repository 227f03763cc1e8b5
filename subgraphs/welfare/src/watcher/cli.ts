/**
 * The change watcher (異動検知): `--once` sweeps once and exits 0 (1 on failure); otherwise it
 * sweeps every WATCH_INTERVAL_MS until SIGINT/SIGTERM, finishing the sweep under way first.
 * It works on welfare's database (WELFARE_DB_*), which the welfare subgraph migrates, and reads
 * every department through the gateway (GATEWAY_URL).
 *
 *   node --import tsx src/watcher/cli.ts [--once]
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { createDb, createLogger, dbSettingsFromEnv } from '@smart-casework/kit';
import { loadWatcherConfig } from './config';
import { gatewayClient } from './gateway-client';
import { runSweep, type SweepSummary } from './sweep';

const logger = createLogger('watcher');

function describe(summary: SweepSummary): string {
  if (summary.skipped) return `skipped: the lease is held by ${summary.skipped.holder} until ${summary.skipped.expiresAt}`;
  return `${summary.households} households, ${summary.notices} notices raised, ${summary.unknownSections} unknown sections, ${(summary.ms / 1000).toFixed(1)} s`;
}

async function main(): Promise<number> {
  const config = loadWatcherConfig();
  const once = process.argv.includes('--once');
  const db = createDb(dbSettingsFromEnv('welfare'));
  const stop = new AbortController();
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => stop.abort());
  try {
    // A client per sweep: a dev token (8 h) is asked for afresh, so a long-running watcher never holds an expired one.
    const options = () => ({ db, gateway: gatewayClient(config.GATEWAY_URL, config.WATCHER_TOKEN), batchSize: config.WATCH_BATCH, concurrency: config.WATCH_CONCURRENCY, leaseMs: config.WATCH_LEASE_MS, holder: config.WATCH_HOLDER, logger });
    if (once) {
      console.log(`watcher: ${describe(await runSweep(options()))}`);
      return 0;
    }
    logger.info({ intervalMs: config.WATCH_INTERVAL_MS, gateway: config.GATEWAY_URL }, 'watching');
    while (!stop.signal.aborted) {
      // A failed sweep (gateway down, say) is logged and retried at the next interval.
      await runSweep(options()).catch((error: unknown) => logger.warn({ reason: error instanceof Error ? error.message : String(error) }, 'sweep failed; retrying at the next interval'));
      await sleep(config.WATCH_INTERVAL_MS, undefined, { signal: stop.signal }).catch(() => undefined);
    }
    return 0;
  } catch (error) {
    logger.error({ err: error }, 'watcher failed');
    console.error(`watcher: ${(error as Error).message}`);
    return 1;
  } finally {
    await db.destroy();
  }
}

process.exitCode = await main();
