import type { Knex } from '@smart-casework/kit';

/**
 * None: every query here is one scan of the log by staff, person or period, and no type is
 * fetched by key from elsewhere, so there is nothing to batch.
 */
export function createLoaders(_db: Knex) {
  return {};
}

export type Loaders = ReturnType<typeof createLoaders>;
