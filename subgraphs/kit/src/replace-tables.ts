import type { Knex } from 'knex';
import { insertChunked } from './db';
import { touchDepartment } from './migrations';

/** A table and the rows it is to hold. */
export type TableRows = readonly [table: string, rows: readonly object[]];

/**
 * Replaces a department's rows in one transaction, as its seed does: empties the tables, last
 * first (list a table before the tables that refer to it), inserts the rows in order, runs
 * `alsoIn` for anything else the department keeps, and marks the department updated (asOf).
 */
export async function replaceTables(db: Knex, tables: readonly TableRows[], alsoIn?: (trx: Knex.Transaction) => Promise<void>): Promise<void> {
  await db.transaction(async (trx) => {
    for (const [table] of [...tables].reverse()) await trx(table).delete();
    for (const [table, rows] of tables) await insertChunked(trx, table, rows);
    await alsoIn?.(trx);
    await touchDepartment(trx);
  });
}
