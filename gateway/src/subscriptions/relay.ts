import type { Logger } from '@smart-casework/kit';
import type { NoticeBus } from './bus';
import type { RelayLease, RelayPosition } from './relay-lease';
import type { NoticeSource } from './welfare-notices';

export interface NoticeRelayOptions {
  source: NoticeSource;
  bus: Pick<NoticeBus, 'publish'>;
  lease: RelayLease;
  /** Pause between two polls, in ms (NOTICE_POLL_MS). */
  intervalMs: number;
  logger: Logger;
}

export interface NoticeRelay {
  start(): void;
  /** Stops polling, waits for a poll under way and hands the leadership over. */
  stop(): Promise<void>;
  isLeader(): boolean;
  /** Resolves after this relay next finishes a poll as the leader (tests wait on it, not on the clock). */
  nextPoll(): Promise<void>;
}

/**
 * Polls welfare for notices after the last position and publishes them on the bus. Only the
 * leader polls; a new leader continues from the stored position, or from the current end when
 * none is stored (live delivery is for new notices: clients catch up with `notices(after:)`).
 * Publishing comes before storing the position, so a leader that dies in between makes its
 * successor publish the batch again (at least once); gateways drop repeats by notice id.
 */
export function createNoticeRelay(options: NoticeRelayOptions): NoticeRelay {
  const { source, bus, lease, intervalMs, logger } = options;
  let leading = false;
  let position: RelayPosition | null = null;
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> | null = null;
  let stopped = true;
  let failing = false;
  const waiters: (() => void)[] = [];

  /** The lease was taken over (this gateway paused past it): stop and let the new leader go on. */
  function demote(): void {
    logger.warn('notice relay: lease lost to another gateway');
    leading = false;
    position = null;
  }

  /** Pages through to the last notice: where live delivery starts when no relay ran before. */
  async function currentEnd(): Promise<RelayPosition> {
    let after: string | null = null;
    for (;;) {
      const page = await source.page(after);
      after = page.endCursor ?? after;
      if (!page.hasNextPage || page.endCursor === null) return { after };
    }
  }

  /** Publishes every page after the position; stops when welfare has no more or the lease is lost. */
  async function drain(from: RelayPosition): Promise<void> {
    let current = from;
    for (;;) {
      const page = await source.page(current.after);
      await bus.publish(page.events);
      if (page.endCursor === null) return;
      current = { after: page.endCursor };
      if (!(await lease.savePosition(current))) return demote();
      position = current;
      if (!page.hasNextPage) return;
    }
  }

  async function poll(): Promise<void> {
    const held = await lease.hold();
    if (held !== leading) logger.info({ leading: held }, held ? 'notice relay: leading' : 'notice relay: another gateway leads');
    // Whoever led meanwhile moved the position: read it again on taking over.
    if (!held || !leading) position = null;
    leading = held;
    if (!held) return;
    if (position === null) {
      position = (await lease.loadPosition()) ?? (await currentEnd());
      if (!(await lease.savePosition(position))) return demote();
    }
    await drain(position);
    if (leading) for (const resolve of waiters.splice(0)) resolve();
  }

  async function tick(): Promise<void> {
    try {
      await poll();
      if (failing) logger.info('notice relay: welfare answers again');
      failing = false;
    } catch (error) {
      // Logged once per outage; the next tick retries from the same position.
      if (!failing) logger.warn({ reason: (error as Error).message }, 'notice relay: poll failed');
      failing = true;
    }
  }

  function schedule(delayMs: number): void {
    if (stopped) return;
    timer = setTimeout(() => {
      running = tick().finally(() => {
        running = null;
        schedule(intervalMs);
      });
    }, delayMs);
  }

  return {
    start() {
      if (!stopped) return;
      stopped = false;
      schedule(0);
    },
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
      if (leading) await lease.release().catch(() => undefined);
      leading = false;
    },
    isLeader: () => leading,
    nextPoll: () => new Promise<void>((resolve) => void waiters.push(resolve)),
  };
}
