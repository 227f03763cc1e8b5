import { MAX_PARAMS } from '@smart-casework/kit';

/** Runs a whereIn query over distinct keys in chunks that stay under every dialect's parameter limit. */
export async function inChunks<K, V>(keys: readonly K[], fetch: (chunk: K[]) => Promise<V[]>): Promise<V[]> {
  const distinct = [...new Set(keys)];
  const rows: V[] = [];
  for (let i = 0; i < distinct.length; i += MAX_PARAMS) rows.push(...(await fetch(distinct.slice(i, i + MAX_PARAMS))));
  return rows;
}
