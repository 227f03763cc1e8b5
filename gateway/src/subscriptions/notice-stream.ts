import type { Identity } from '@smart-casework/kit';
import type { NoticeEvent } from './bus';
import type { NoticeHub } from './hub';

/**
 * The results of one subscription: each event the subscriber may see, resolved in arrival
 * order. A hand-written iterator rather than an async generator, because a generator waiting
 * for the next event cannot be returned, and graphql-ws returns it when the client completes.
 */
export function noticeStream<T>(hub: NoticeHub, identity: Identity, resolve: (event: NoticeEvent) => Promise<T | null>): AsyncIterableIterator<T> {
  const queue: NoticeEvent[] = [];
  let wake: (() => void) | null = null;
  let done = false;
  const finish = () => {
    done = true;
    remove();
    wake?.();
  };
  const remove = hub.add({
    identity,
    deliver(event) {
      queue.push(event);
      wake?.();
    },
    end: finish,
  });
  const nextEvent = async (): Promise<NoticeEvent | undefined> => {
    while (queue.length === 0 && !done) await new Promise<void>((resolve) => (wake = resolve));
    wake = null;
    return done ? undefined : queue.shift();
  };
  const iterator: AsyncIterableIterator<T> = {
    async next() {
      for (let event = await nextEvent(); event; event = await nextEvent()) {
        const value = await resolve(event);
        // null: the notice is not (or no longer) visible to this subscriber; wait for the next.
        if (value !== null && !done) return { done: false, value };
      }
      return { done: true, value: undefined };
    },
    async return() {
      finish();
      return { done: true, value: undefined };
    },
    [Symbol.asyncIterator]: () => iterator,
  };
  return iterator;
}
