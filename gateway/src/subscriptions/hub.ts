import type { Identity } from '@smart-casework/kit';
import type { NoticeBus, NoticeEvent } from './bus';

/** Roles that receive notices (CONTRACT.md visibility); the others are refused on connect. */
export const RECEIVING_ROLES: readonly string[] = ['caseworker', 'supervisor', 'service'];

/** Caseworker: notices assigned to them; supervisor: the team's; service: all; anyone else: none. */
export function mayReceive(identity: Identity, event: NoticeEvent): boolean {
  switch (identity.role) {
    case 'caseworker':
      return event.assignedTo === identity.staffId;
    case 'supervisor':
      return event.supervisorId === identity.staffId;
    case 'service':
      return true;
    default:
      return false;
  }
}

/** One open `noticeAdded` subscription on one of this gateway's sockets. */
export interface Subscriber {
  identity: Identity;
  deliver(event: NoticeEvent): void;
  /** The gateway is stopping: the subscription completes. */
  end(): void;
}

export interface NoticeHub {
  add(subscriber: Subscriber): () => void;
  /** Open subscriptions on this gateway (tests wait for theirs to be registered). */
  size(): number;
  close(): void;
}

export interface NoticeHubOptions {
  /** How many recent notice ids are remembered to drop repeats (a relay handover may publish twice). */
  rememberIds?: number;
}

/** Hands each bus event, once per notice id, to the local subscribers who may see it. */
export function createNoticeHub(bus: Pick<NoticeBus, 'subscribe'>, options: NoticeHubOptions = {}): NoticeHub {
  const rememberIds = options.rememberIds ?? 10_000;
  const subscribers = new Set<Subscriber>();
  // A Set keeps insertion order: the first entry is the oldest id.
  const seen = new Set<string>();
  const unsubscribe = bus.subscribe((event) => {
    if (seen.has(event.id)) return;
    seen.add(event.id);
    if (seen.size > rememberIds) seen.delete(seen.values().next().value as string);
    for (const subscriber of subscribers) if (mayReceive(subscriber.identity, event)) subscriber.deliver(event);
  });
  return {
    add(subscriber) {
      subscribers.add(subscriber);
      return () => void subscribers.delete(subscriber);
    },
    size: () => subscribers.size,
    close() {
      unsubscribe();
      for (const subscriber of [...subscribers]) subscriber.end();
      subscribers.clear();
    },
  };
}
