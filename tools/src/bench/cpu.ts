import { readFileSync } from 'node:fs';

/** Linux's clock ticks per second for /proc times (USER_HZ, 100 on every common kernel). */
const TICK_MS = 10;

/**
 * CPU time (user + system, ms) each process has used so far, by name, from /proc/<pid>/stat;
 * null where /proc is not there (not Linux). CPU time is what a busy machine cannot distort
 * the way it distorts latencies: it says what the work costs, whoever else runs.
 */
export function cpuTimes(pids: ReadonlyMap<string, number>): Map<string, number> | null {
  try {
    return new Map([...pids].map(([name, pid]) => {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      // Fields after the command name (which may hold spaces): state is field 3, utime 14, stime 15.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      return [name, (Number(fields[11]) + Number(fields[12])) * TICK_MS] as const;
    }));
  } catch {
    return null;
  }
}

/** Adds the CPU time used between two readings to `into`. */
export function addCpu(into: Map<string, number>, before: Map<string, number> | null, after: Map<string, number> | null): void {
  if (!before || !after) return;
  for (const [name, ms] of after) into.set(name, (into.get(name) ?? 0) + ms - (before.get(name) ?? ms));
}
