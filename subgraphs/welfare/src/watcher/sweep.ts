import { randomUUID } from 'node:crypto';
import { createLogger, isValidRegistryNumber, today, type Knex, type Logger } from '@smart-casework/kit';
import { insertNotices } from '../data/notices';
import { acquireLease, releaseLease, renewLease, type LeaseHolder } from '../data/watch-leases';
import { replaceSnapshots, snapshotsOf, type SnapshotRow } from '../data/watch-snapshots';
import { abandonRunningSweeps, finishSweepRecord, startSweepRecord, type SweepTotals } from '../data/watch-sweeps';
import { watchTargets, type WatchTarget } from '../data/watch-targets';
import { DEFAULT_BATCH, DEFAULT_CONCURRENCY } from './config';
import { compareHousehold } from './detect';
import type { GatewayClient, GraphQLErrorLike } from './gateway-client';
import { WATCH_QUERY, type RegistryRaw, type WatchAnswer } from './query';
import { REGISTRY_SECTION, WATCHED_SECTIONS } from './rules';

export interface SweepOptions {
  /** The welfare database (targets, snapshots, notices, lease). */
  db: Knex;
  gateway: GatewayClient;
  /** Households per query (≤ 500, the gateway's limit per call). */
  batchSize?: number;
  /** Batches in flight at once. */
  concurrency?: number;
  /** How long the lease lasts unless renewed (it is renewed before each batch). */
  leaseMs?: number;
  /** This watcher's name in the lease and the sweep record. */
  holder?: string;
  logger?: Logger;
}

export interface SweepSummary extends SweepTotals {
  ms: number;
  /** The sweep's id in watch_sweeps; null when it did not run. */
  sweepId: string | null;
  /** Who held the lease when this sweep did not run. */
  skipped: LeaseHolder | null;
}

/** The one lease all watchers of one welfare database share. */
export const LEASE_NAME = 'change-watcher';
/** `residents(atenaNos:)` answers at most this many numbers per call. */
const MAX_KNOWN = 500;

class LeaseLostError extends Error {}

interface Sweep {
  options: Required<Omit<SweepOptions, 'logger'>> & { logger: Logger };
  totals: SweepTotals;
  today: string;
}

const isoNow = () => new Date().toISOString();
const later = (ms: number) => new Date(Date.now() + ms).toISOString();

function departmentsIn(errors: readonly GraphQLErrorLike[]): string[] {
  return [...new Set(errors.map((e) => e.extensions?.department).filter((d): d is string => typeof d === 'string'))];
}

/** Sections of a household that could not be read at all: its last members' every section (at least one). */
function unreadable(snapshots: readonly SnapshotRow[]): number {
  const members = snapshots.filter((s) => s.section === REGISTRY_SECTION).length;
  return Math.max(1, members) * (1 + WATCHED_SECTIONS.length);
}

async function ask(sweep: Sweep, targets: readonly WatchTarget[], known: readonly string[]): Promise<WatchAnswer | null> {
  const answer = await sweep.options.gateway.request<WatchAnswer>(WATCH_QUERY, { householdNos: targets.map((t) => t.householdNo), knownAtenaNos: known });
  const departments = departmentsIn(answer.errors);
  if (answer.errors.length > 0 && departments.length === 0) throw new Error(`watch query failed: ${answer.errors.map((e) => e.message).join('; ')}`);
  if (departments.length > 0) sweep.options.logger.warn({ departments, households: targets.length }, 'departments unavailable: their sections stay as last seen');
  return answer.data;
}

/** Notices and snapshots of one household in one transaction: a crash leaves both or neither. */
async function commitHousehold(sweep: Sweep, householdNo: string, notices: Parameters<typeof insertNotices>[1], snapshots: SnapshotRow[] | null): Promise<number> {
  if (notices.length === 0 && snapshots === null) return 0;
  return sweep.options.db.transaction(async (trx) => {
    const inserted = notices.length > 0 ? await insertNotices(trx, notices) : 0;
    if (snapshots !== null) await replaceSnapshots(trx, householdNo, snapshots);
    return inserted;
  });
}

async function sweepBatch(sweep: Sweep, targets: readonly WatchTarget[]): Promise<void> {
  const { db, holder, leaseMs } = sweep.options;
  const snapshots = await snapshotsOf(db, targets.map((t) => t.householdNo));
  const known = [...new Set(snapshots.filter((s) => s.section === REGISTRY_SECTION).map((s) => s.atena_no))];
  if (known.length > MAX_KNOWN && targets.length > 1) {
    const half = Math.ceil(targets.length / 2);
    await sweepBatch(sweep, targets.slice(0, half));
    return sweepBatch(sweep, targets.slice(half));
  }
  if (!(await renewLease(db, LEASE_NAME, holder, later(leaseMs)))) throw new LeaseLostError(`lease ${LEASE_NAME} was taken over; stopping`);
  const data = await ask(sweep, targets, known.slice(0, MAX_KNOWN));
  const knownAnswer = new Map<string, RegistryRaw | null>(data?.known ? known.map((atenaNo, i) => [atenaNo, data.known?.[i] ?? null]) : []);
  const detectedAt = isoNow();
  const byHousehold = new Map<string, SnapshotRow[]>();
  for (const row of snapshots) byHousehold.set(row.household_no, [...(byHousehold.get(row.household_no) ?? []), row]);
  for (const [i, target] of targets.entries()) {
    const mine = byHousehold.get(target.householdNo) ?? [];
    const household = data?.households?.[i];
    sweep.totals.households += 1;
    if (!household) {
      sweep.totals.unknownSections += unreadable(mine);
      continue;
    }
    const result = compareHousehold({ target, members: household.members, known: knownAnswer, snapshots: mine, today: sweep.today, detectedAt });
    sweep.totals.unknownSections += result.unknownSections;
    sweep.totals.notices += await commitHousehold(sweep, target.householdNo, result.notices, result.snapshots);
  }
  sweep.options.logger.debug({ households: targets.length, first: targets[0]?.householdNo }, 'batch committed');
}

/** Runs the batches, `concurrency` at a time, each worker taking the next batch when it is done. */
async function sweepAll(sweep: Sweep, targets: readonly WatchTarget[]): Promise<void> {
  const { batchSize, concurrency } = sweep.options;
  const batches: WatchTarget[][] = [];
  for (let i = 0; i < targets.length; i += batchSize) batches.push(targets.slice(i, i + batchSize));
  let next = 0;
  let failed = false;
  const worker = async () => {
    try {
      while (!failed && next < batches.length) await sweepBatch(sweep, batches[next++] ?? []);
    } catch (error) {
      // The other workers stop after their batch in hand, so no batch runs once the sweep has failed.
      failed = true;
      throw error;
    }
  };
  const results = await Promise.allSettled(Array.from({ length: Math.min(concurrency, batches.length) }, worker));
  const rejected = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (rejected) throw rejected.reason;
}

/** The targets; a malformed 世帯番号 would fail its whole batch (BAD_USER_INPUT), so it is left out and named. */
async function readableTargets(db: Knex, logger: Logger): Promise<WatchTarget[]> {
  const targets = await watchTargets(db);
  const malformed = targets.filter((t) => !isValidRegistryNumber(t.householdNo));
  if (malformed.length > 0) logger.warn({ householdNos: malformed.map((t) => t.householdNo).slice(0, 20), count: malformed.length }, 'cases or applications with a malformed householdNo are not watched');
  return malformed.length === 0 ? targets : targets.filter((t) => isValidRegistryNumber(t.householdNo));
}

function resolveOptions(options: SweepOptions): Sweep['options'] {
  return {
    batchSize: DEFAULT_BATCH, concurrency: DEFAULT_CONCURRENCY, leaseMs: 60_000, holder: `watcher:${process.pid}`, ...options,
    logger: options.logger ?? createLogger('watcher'),
  };
}

/**
 * One sweep over every open case's and application's household: compare each member's sections
 * with the last snapshot through the gateway, and raise the differences as notices. Skipped
 * (returning who holds it) when another watcher holds the lease.
 */
export async function runSweep(options: SweepOptions): Promise<SweepSummary> {
  const started = performance.now();
  const opts = resolveOptions(options);
  const { db, holder, logger } = opts;
  const lease = await acquireLease(db, LEASE_NAME, holder, isoNow(), later(opts.leaseMs));
  if (!lease.acquired) {
    logger.info({ heldBy: lease.heldBy }, `lease held by ${lease.heldBy?.holder ?? 'another watcher'} until ${lease.heldBy?.expiresAt ?? '?'}: sweep skipped`);
    return { households: 0, notices: 0, unknownSections: 0, ms: performance.now() - started, sweepId: null, skipped: lease.heldBy };
  }
  const sweepId = randomUUID();
  const sweep: Sweep = { options: opts, totals: { households: 0, notices: 0, unknownSections: 0 }, today: today() };
  try {
    await startSweepRecord(db, sweepId, holder, isoNow());
    const abandoned = await abandonRunningSweeps(db, sweepId, isoNow());
    if (abandoned > 0) logger.warn({ abandoned }, 'earlier sweeps never finished (their process died); this sweep completes their work');
    const targets = await readableTargets(db, logger);
    logger.info({ sweepId, households: targets.length, batchSize: opts.batchSize, concurrency: opts.concurrency }, 'sweep started');
    await sweepAll(sweep, targets);
    await finishSweepRecord(db, sweepId, 'done', sweep.totals, isoNow());
    const ms = performance.now() - started;
    logger.info({ sweepId, ...sweep.totals, ms: Math.round(ms) }, 'sweep finished');
    return { ...sweep.totals, ms, sweepId, skipped: null };
  } catch (error) {
    logger.error({ err: error, sweepId, ...sweep.totals }, 'sweep failed');
    await finishSweepRecord(db, sweepId, 'failed', sweep.totals, isoNow()).catch(() => undefined);
    throw error;
  } finally {
    await releaseLease(db, LEASE_NAME, holder).catch(() => undefined);
  }
}
