import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb, type Knex } from '../db';
import { migrateLatest, type Migration } from '../migrations';
import { withCheckDigit } from '../numbers';
import { testDatabases } from '../testing/databases';
import { col } from './columns';
import { defineDeltaFormat } from './format';
import { formatProblems, importDelta } from './import';
import { readDelta, writeDeltaCsv } from './read';

const known = withCheckDigit(1001, 9);
const other = withCheckDigit(1002, 9);
const TODAY = '2025-10-01';

const allowances: Migration = {
  name: '001_allowances',
  async up(db) {
    await db.schema.createTable('allowances', (t) => {
      t.string('atena_no', 15).primary();
      t.integer('monthly_amount').nullable();
      t.string('status', 8).notNullable();
    });
  },
  async down(db) {
    await db.schema.dropTableIfExists('allowances');
  },
};

/** A small department of its own: amounts change, allowances end; 終了予定 may be dated ahead. */
const format = defineDeltaFormat({
  department: 'child',
  reasons: ['額改定', '資格喪失', '終了予定'],
  futureDateReasons: ['終了予定'],
  columns: { monthlyAmount: col.yen('月額').optional(), note: col.text('備考', 10).optional() },
  validateRow(row) {
    return row.reason === '額改定' && row.monthlyAmount === null ? [{ ja: '額改定には月額が必要です。', en: 'a revision needs 月額' }] : [];
  },
  async check(db, rows) {
    const present = new Set((await db('allowances').whereIn('atena_no', rows.map((r) => r.atenaNo)).select('atena_no')).map((r: { atena_no: string }) => r.atena_no));
    return rows.filter((r) => !present.has(r.atenaNo)).map((r) => ({ line: r.line, column: '宛名番号', ja: '受給者が見つかりません。', en: 'no such recipient' }));
  },
  async apply(trx, rows) {
    for (const row of rows) {
      if (row.reason === '額改定') await trx('allowances').where({ atena_no: row.atenaNo }).update({ monthly_amount: row.monthlyAmount });
      else await trx('allowances').where({ atena_no: row.atenaNo }).update({ status: '喪失' });
    }
  },
});

const header = '異動ID,宛名番号,異動事由,異動日,月額,備考';
const csv = (...lines: string[]) => new TextEncoder().encode([header, ...lines].join('\n'));

describe('reading a delta file', () => {
  it('reports every bad cell with its line, in Japanese and English', () => {
    const text = [header, `A1,${known},額改定,2025-09-01,46690,`, `A2,${known.slice(0, -1)}0,額改定,2025-09-01,1,`, `A3,${known},転居,2025-02-30,x,`, `A1,${known},額改定,2025/09/01,"46,690",`].join('\n');
    const { rows, problems } = readDelta(format, text, TODAY);
    expect(rows).toEqual([]);
    expect(problems.map((p) => [p.line, p.column])).toEqual([
      [3, '宛名番号'],
      [4, '異動事由'],
      [4, '異動日'],
      [4, '月額'],
      [5, '異動ID'],
    ]);
    expect(formatProblems(problems)[0]).toMatch(/^3行目「宛名番号」: .+ \/ line 3: "宛名番号" value .+ is invalid/);
  });

  it('refuses a future 異動日 except for the reasons that allow one, and applies row rules', () => {
    const { problems } = readDelta(format, [header, `A1,${known},資格喪失,2025-10-02,,`, `A2,${known},終了予定,2025-12-31,,`, `A3,${known},額改定,2025-09-01,,`].join('\n'), TODAY);
    expect(problems.map((p) => [p.line, p.en])).toEqual([
      [2, 'effective date 2025-10-02 is after today 2025-10-01 (not allowed for 資格喪失)'],
      [4, 'a revision needs 月額'],
    ]);
  });

  it('names missing, unknown and repeated columns on line 1', () => {
    const { problems } = readDelta(format, '異動ID,宛名番号,異動日,金額,金額\nA1,1,2025-01-01,1,1', TODAY);
    expect(problems.map((p) => p.column)).toEqual(['異動事由', '金額', '金額', '金額']);
    expect(problems.every((p) => p.line === 1)).toBe(true);
  });

  it('round-trips what writeDeltaCsv writes, quotes and line breaks included', () => {
    const text = writeDeltaCsv(format, [{ 異動ID: 'A1', 宛名番号: known, 異動事由: '額改定', 異動日: '2025-09-01', 月額: '100', 備考: '改行,\n"引用"' }]);
    const { rows, problems } = readDelta(format, text.replace(/^\uFEFF/, ''), TODAY);
    expect(problems).toEqual([]);
    expect(rows[0]).toMatchObject({ changeId: 'A1', monthlyAmount: 100, note: '改行,\n"引用"' });
  });
});

for (const database of await testDatabases()) {
  describe.skipIf(database.skipReason !== null)(`importing a delta file on ${database.dialect}`, () => {
    let db: Knex;
    let drop: () => Promise<void>;
    const amounts = async () => Object.fromEntries((await db('allowances').orderBy('atena_no').select()).map((r: { atena_no: string; monthly_amount: number; status: string }) => [r.atena_no, [r.monthly_amount, r.status]]));

    beforeAll(async () => {
      const created = await database.create();
      drop = created.drop;
      db = createDb(created.settings);
      await migrateLatest(db, [allowances]);
      await db('allowances').insert([{ atena_no: known, monthly_amount: 10, status: '受給中' }]);
    });
    afterAll(async () => {
      await db?.destroy();
      await drop?.();
    });

    it('rejects a file whose rows fail the database checks whole, writing nothing', async () => {
      const result = await importDelta(db, format, csv(`B1,${known},額改定,2025-09-01,20,`, `B2,${other},資格喪失,2025-09-01,,`), 'b.csv', { today: TODAY });
      expect(result).toMatchObject({ status: 'rejected', problems: [{ line: 3, column: '宛名番号' }] });
      expect(await amounts()).toEqual({ [known]: [10, '受給中'] });
      expect(Number((await db('delta_changes').count({ n: '*' }).first())?.n)).toBe(0);
    });

    it('applies a good file once; the same file again changes nothing', async () => {
      const file = csv(`C1,${known},額改定,2025-09-01,46690,`, `C2,${known},額改定,2025-09-15,"11,030",`);
      expect(await importDelta(db, format, file, 'c.csv', { today: TODAY })).toMatchObject({ status: 'applied', rows: 2, applied: 2, skipped: 0 });
      expect(await amounts()).toEqual({ [known]: [11030, '受給中'] });
      await db('allowances').where({ atena_no: known }).update({ monthly_amount: 5 });
      expect(await importDelta(db, format, file, 'c.csv', { today: TODAY })).toMatchObject({ status: 'applied', applied: 0, skipped: 2 });
      expect(await amounts()).toEqual({ [known]: [5, '受給中'] });
    });

    it('refuses a known 異動ID sent again with other contents', async () => {
      const result = await importDelta(db, format, csv(`C1,${known},額改定,2025-09-01,99999,`), 'c2.csv', { today: TODAY });
      expect(result).toMatchObject({ status: 'rejected', problems: [{ line: 2, column: '異動ID' }] });
    });

    it('reads Shift_JIS as business systems export it', async () => {
      const text = [header, `D1,${known},資格喪失,2025-09-30,,期限切れ`].join('\r\n');
      expect(await importDelta(db, format, iconv.encode(text, 'cp932'), 'd.csv', { today: TODAY })).toMatchObject({ status: 'applied', applied: 1 });
      expect(await amounts()).toEqual({ [known]: [5, '喪失'] });
    });
  });
}
