import { performance } from 'node:perf_hooks';

export interface LoadStats {
  concurrency: number;
  requests: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  meanMs: number;
  throughputPerSec: number;
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] ?? 0;
}

const round = (n: number) => Math.round(n * 100) / 100;

/** Percentiles of a set of durations in ms. */
export function summarise(latencies: readonly number[]): { p50Ms: number; p95Ms: number; p99Ms: number; meanMs: number; maxMs: number } {
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    p50Ms: round(percentile(sorted, 50)),
    p95Ms: round(percentile(sorted, 95)),
    p99Ms: round(percentile(sorted, 99)),
    meanMs: round(sorted.reduce((a, b) => a + b, 0) / Math.max(1, sorted.length)),
    maxMs: round(sorted.at(-1) ?? 0),
  };
}

/** Durations (ms) of `requests` calls of `task(i)` with `concurrency` in flight, and the wall time they took. */
export async function measure(task: (i: number) => Promise<void>, options: { concurrency: number; requests: number }): Promise<{ latencies: number[]; elapsedMs: number }> {
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  const worker = async () => {
    while (next < options.requests) {
      const i = next++;
      const t0 = performance.now();
      await task(i);
      latencies.push(performance.now() - t0);
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  return { latencies, elapsedMs: performance.now() - started };
}

/** Stats of measured calls: percentiles and throughput over their wall time. */
export function loadStats(concurrency: number, latencies: readonly number[], elapsedMs: number): LoadStats {
  const { p50Ms, p95Ms, p99Ms, meanMs } = summarise(latencies);
  return { concurrency, requests: latencies.length, p50Ms, p95Ms, p99Ms, meanMs, throughputPerSec: round((latencies.length / elapsedMs) * 1000) };
}

/** Runs `requests` calls of `task(i)` with `concurrency` in flight and measures each. */
export async function runLoad(task: (i: number) => Promise<void>, options: { concurrency: number; requests: number }): Promise<LoadStats> {
  const { latencies, elapsedMs } = await measure(task, options);
  return loadStats(options.concurrency, latencies, elapsedMs);
}
