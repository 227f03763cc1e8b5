import DataLoader from 'dataloader';
import { MAX_PARAMS } from './db';

/**
 * A loader for one row per key: `fetch` runs one statement for the whole batch; results come
 * back in key order, `null` where a key has no row.
 */
export function rowLoader<K extends string, V>(fetch: (keys: readonly K[]) => Promise<readonly V[]>, keyOf: (row: V) => K): DataLoader<K, V | null> {
  return new DataLoader<K, V | null>(
    async (keys) => {
      const byKey = new Map<K, V>();
      for (const row of await fetch(keys)) byKey.set(keyOf(row), row);
      return keys.map((key) => byKey.get(key) ?? null);
    },
    { maxBatchSize: MAX_PARAMS },
  );
}

/** A loader for many rows per key (one-to-many): an empty array where a key has none. */
export function rowsLoader<K extends string, V>(fetch: (keys: readonly K[]) => Promise<readonly V[]>, keyOf: (row: V) => K): DataLoader<K, V[]> {
  return new DataLoader<K, V[]>(
    async (keys) => {
      const byKey = new Map<K, V[]>();
      for (const row of await fetch(keys)) {
        const key = keyOf(row);
        const list = byKey.get(key);
        if (list) list.push(row);
        else byKey.set(key, [row]);
      }
      return keys.map((key) => byKey.get(key) ?? []);
    },
    { maxBatchSize: MAX_PARAMS },
  );
}

/** A loader for a value computed once per request (e.g. the department's `asOf`). */
export function onceLoader<V>(fetch: () => Promise<V>): () => Promise<V> {
  let value: Promise<V> | undefined;
  return () => (value ??= fetch());
}
