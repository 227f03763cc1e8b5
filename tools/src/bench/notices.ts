/**
 * Issue 4's measures: a sweep of every watched household through the gateway (the first one
 * records the baseline, the second compares against it), and the time from a notice being
 * committed to a graphql-ws subscriber receiving it.
 */
import { createHash } from 'node:crypto';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { addDays, createLogger, today, type Knex } from '@smart-casework/kit';
import { insertNotices, noticeIdOf, type NewNotice } from '@smart-casework/welfare/notices';
import { gatewayClient, loadWatcherConfig, runSweep, type SweepSummary } from '@smart-casework/welfare/watcher/sweep';

export interface SweepTiming {
  households: number;
  notices: number;
  unknownSections: number;
  ms: number;
}

export interface LatencyTiming {
  samples: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
}

const timing = (s: SweepSummary): SweepTiming => ({ households: s.households, notices: s.notices, unknownSections: s.unknownSections, ms: Math.round(s.ms) });

/**
 * Two sweeps in a row on a database with no snapshots: the baseline, then a steady-state
 * comparison; batch size and concurrency as configured (WATCH_BATCH, WATCH_CONCURRENCY).
 */
export async function benchSweeps(options: { gatewayUrl: string; welfare: Knex }): Promise<{ baseline: SweepTiming; steady: SweepTiming; batchSize: number; concurrency: number }> {
  const gateway = gatewayClient(options.gatewayUrl, undefined);
  const logger = createLogger('bench-watcher');
  const { WATCH_BATCH: batchSize, WATCH_CONCURRENCY: concurrency } = loadWatcherConfig();
  const sweep = () => runSweep({ db: options.welfare, gateway, logger, holder: 'bench', batchSize, concurrency });
  const baseline = await sweep();
  const steady = await sweep();
  return { baseline: timing(baseline), steady: timing(steady), batchSize, concurrency };
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

function benchNotice(n: number, caseworkerId: string, supervisorId: string): NewNotice {
  const dedupeKey = createHash('sha256').update(`bench-latency:${Date.now()}:${n}`).digest('hex');
  const day = today();
  return {
    dedupeKey, atenaNo: '', householdNo: '', caseNo: null, applicationNo: null, source: 'child', section: 'childBenefits', kind: '児童扶養手当額変更',
    summary: `ベンチマーク用の通知 ${n}`, before: { monthlyAmount: 46690 }, after: { monthlyAmount: 11030 }, effectiveDate: day, detectedAt: new Date().toISOString(),
    dueDate: addDays(day, 14), estimatedMonthlyImpact: -35660, overpaymentPerMonth: 35660, assignedTo: caseworkerId, supervisorId,
  };
}

/**
 * Commits notices one at a time for a caseworker and times each until their subscription
 * delivers it (relay poll, bus, payload resolved through the federated graph).
 */
export async function benchNoticeLatency(options: { gatewayUrl: string; welfare: Knex; token: string; resident: { atenaNo: string; householdNo: string }; caseworkerId: string; supervisorId: string; samples?: number }): Promise<LatencyTiming> {
  const samples = options.samples ?? 30;
  const waiting = new Map<string, (receivedAt: number) => void>();
  const client = createClient({ url: options.gatewayUrl.replace(/^http/, 'ws') + '/graphql', webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${options.token}` }, lazy: false });
  const ready = new Promise<void>((resolve, reject) => {
    client.on('connected', () => resolve());
    client.on('error', reject);
  });
  const unsubscribe = client.subscribe<{ noticeAdded: { id: string } }>({ query: 'subscription BenchNotice { noticeAdded { id summary resident { name } } }' }, {
    next: (event) => waiting.get(event.data?.noticeAdded.id ?? '')?.(performance.now()),
    error: () => {},
    complete: () => {},
  });
  try {
    await ready;
    await new Promise((resolve) => setTimeout(resolve, 500)); // the subscription is registered after the connection
    const times: number[] = [];
    for (let n = 0; n < samples; n++) {
      const notice = { ...benchNotice(n, options.caseworkerId, options.supervisorId), ...options.resident };
      const received = new Promise<number>((resolve, reject) => {
        waiting.set(noticeIdOf(notice.dedupeKey), resolve);
        setTimeout(() => reject(new Error(`notice ${n} not delivered within 10 s`)), 10_000);
      });
      await insertNotices(options.welfare, [notice]);
      const committedAt = performance.now();
      times.push((await received) - committedAt);
      await new Promise((resolve) => setTimeout(resolve, 50 + Math.random() * 250)); // off the relay's poll phase
    }
    const sorted = [...times].sort((a, b) => a - b);
    return { samples, p50Ms: Math.round(percentile(sorted, 50)), p95Ms: Math.round(percentile(sorted, 95)), maxMs: Math.round(sorted.at(-1) ?? 0) };
  } finally {
    unsubscribe();
    await client.dispose();
  }
}
