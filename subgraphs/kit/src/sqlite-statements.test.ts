import { afterEach, describe, expect, it } from 'vitest';
import { createDb, type Knex } from './db';
import { cacheStatements } from './sqlite-statements';

describe('the SQLite statement cache', () => {
  let db: Knex | undefined;
  afterEach(async () => db?.destroy());

  it('prepares a statement once per text and keeps the most recently used', () => {
    const prepared: string[] = [];
    const conn = { prepare: (sql: string) => (prepared.push(sql), { sql }) };
    cacheStatements(conn, 2);
    const a = conn.prepare('select 1');
    expect(conn.prepare('select 1')).toBe(a);
    conn.prepare('select 2');
    conn.prepare('select 1'); // used last: select 2 is now the oldest
    conn.prepare('select 3'); // evicts select 2
    expect(conn.prepare('select 1')).toBe(a);
    conn.prepare('select 2');
    expect(prepared).toEqual(['select 1', 'select 2', 'select 3', 'select 2']);
  });

  it('answers as before through knex, across inserts, transactions and schema changes', async () => {
    db = createDb({ client: 'better-sqlite3', url: ':memory:' });
    await db.schema.createTable('t', (t) => { t.integer('id').primary(); t.string('name'); });
    for (const id of [1, 2, 3]) await db('t').insert({ id, name: `n${id}` });
    await db.transaction(async (trx) => trx('t').insert([{ id: 4, name: 'n4' }, { id: 5, name: 'n5' }]));
    expect(await db('t').where('id', '>', 3).select('*')).toEqual([{ id: 4, name: 'n4' }, { id: 5, name: 'n5' }]);
    await db.schema.alterTable('t', (t) => t.string('kana'));
    await db('t').where({ id: 5 }).update({ kana: 'カナ' });
    expect(await db('t').where('id', '>', 3).select('*')).toEqual([{ id: 4, name: 'n4', kana: null }, { id: 5, name: 'n5', kana: 'カナ' }]);
    await db.schema.dropTable('t');
    await db.schema.createTable('t', (t) => { t.integer('id').primary(); });
    await db('t').insert({ id: 9 });
    expect(await db('t').where('id', '>', 3).select('*')).toEqual([{ id: 9 }]);
  });
});
