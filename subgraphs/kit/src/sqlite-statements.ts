/** The part of a better-sqlite3 connection the statement cache wraps. */
export interface PreparingConnection {
  prepare(sql: string): unknown;
}

/** Statements kept per connection; the least recently used goes past this. */
export const STATEMENTS_PER_CONNECTION = 500;

/**
 * knex prepares every SQLite statement again for each query, and compiling a long one (a
 * batch insert, an IN list of hundreds) costs more than running it: the audit trail's inserts
 * spent a third of their time there. Prepared statements are kept per connection by their
 * text. Reuse is safe with knex's better-sqlite3 client, which only calls `all()` and `run()`
 * (each done before it returns, so a statement is never mid-iteration) and sets no per-statement
 * mode; SQLite itself recompiles a statement whose tables changed (migrations).
 */
export function cacheStatements(conn: PreparingConnection, limit = STATEMENTS_PER_CONNECTION): void {
  const prepare = conn.prepare.bind(conn);
  const cache = new Map<string, unknown>();
  conn.prepare = (sql: string) => {
    let statement = cache.get(sql);
    if (statement !== undefined) {
      // Most recently used last: Map keeps insertion order.
      cache.delete(sql);
    } else {
      statement = prepare(sql);
      if (cache.size >= limit) cache.delete(cache.keys().next().value as string);
    }
    cache.set(sql, statement);
    return statement;
  };
}
