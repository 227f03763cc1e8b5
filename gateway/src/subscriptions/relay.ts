import type { Logger } from '@smart-casework/kit';
import type { Audience } from './audience';
import type { NoticeBus } from './bus';
import type { RelayLease, RelayPosition } from './relay-lease';
import type { NoticeSource } from './welfare-notices';

export interface NoticeRelayOptions {
  source: NoticeSource;
  bus: Pick<NoticeBus, 'publish'>;
  lease: RelayLease;
  audience: Audience;
  /** Pause between two polls, in ms (NOTICE_POLL_MS). */
  intervalMs: number;
  logger: Logger;
}

export interface NoticeRelay {
  start(): void;
  /** Stops polling, waits for a poll under way and hands the leadership over. */
  stop(): Promise<void>;
  isLeader(): boolean;
  /** Resolves after this relay next polls welfare as the leader with listeners (tests wait on it, not on the clock). */
  nextPoll(): Promise<void>;
}

/**
 * Polls welfare for notices after the last position and publishes them on the bus, while
 * anyone listens. Only the leader polls. Live delivery is for new notices (clients catch up
 * with `notices(after:)`): a leader starts from the current end unless the stored position is
 * fresh, i.e. another leader was delivering from it moments ago, so a handover loses nothing.
 * Publishing comes before storing the position: a leader that dies in between makes its
 * successor publish that batch again, and gateways drop repeats by notice id.
 */
export function createNoticeRelay(options: NoticeRelayOptions): NoticeRelay {
  const { source, bus, lease, audience, intervalMs, logger } = options;
  let leading = false;
  let position: RelayPosition | null = null;
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> | null = null;
  let stopped = true;
  let failing = false;
  const waiters: (() => void)[] = [];

  /** Pages from `from` to the last notice without publishing: those are not live any more. */
  async function skipToEnd(from: RelayPosition): Promise<RelayPosition> {
    let after = from.after;
    for (;;) {
      const page = await source.page(after);
      after = page.endCursor ?? after;
      if (!page.hasNextPage || page.endCursor === null) return { after };
    }
  }

  async function resume(): Promise<RelayPosition> {
    const stored = await lease.loadPosition();
    if (stored.position && stored.fresh) return stored.position;
    return skipToEnd(stored.position ?? { after: null });
  }

  /** Publishes every page after the position and stores where it got to; false when the lease was lost. */
  async function drain(from: RelayPosition): Promise<boolean> {
    let current = from;
    for (;;) {
      const page = await source.page(current.after);
      await bus.publish(page.events);
      current = { after: page.endCursor ?? current.after };
      // Saved even when nothing came: that keeps the position fresh for a successor.
      if (!(await lease.savePosition(current))) return false;
      position = current;
      if (!page.hasNextPage || page.endCursor === null) return true;
    }
  }

  async function poll(): Promise<void> {
    await audience.announce();
    const held = await lease.hold();
    if (held !== leading) logger.info({ leading: held }, held ? 'notice relay: leading' : 'notice relay: another gateway leads');
    leading = held;
    // Not leading or nobody listening: the position is read again (and judged fresh or not) later.
    if (!held || !(await audience.listening())) return void (position = null);
    position ??= await resume();
    if (!(await drain(position))) {
      logger.warn('notice relay: lease lost to another gateway');
      leading = false;
      position = null;
      return;
    }
    for (const resolve of waiters.splice(0)) resolve();
  }

  async function tick(): Promise<void> {
    try {
      await poll();
      if (failing) logger.info('notice relay: polling again');
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
