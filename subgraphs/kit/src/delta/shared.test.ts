import { describe, expect, it } from 'vitest';
import { withCheckDigit } from '../numbers';
import { col } from './columns';
import { defineDeltaFormat, type DeltaRow } from './format';
import { presenceProblems } from './presence';
import { readDelta } from './read';
import { recordsThatApply, toDeltaRecord } from './records';

const person = withCheckDigit(1001, 9);

/** Plates on registrations only; 面積 with two decimals; 届出日 not after 処理日 (checked with the context). */
const columns = { plate: col.text('標識番号', 20).optional(), area: col.decimal('面積', 2, { positive: true }).optional(), notifiedOn: col.date('届出日').optional() };
type Row = DeltaRow<'登録' | '廃車', typeof columns>;
const format = defineDeltaFormat({
  department: 'test',
  reasons: ['登録', '廃車'],
  columns,
  validateRow(row, context) {
    const presence = presenceProblems(columns, row, row.reason, row.reason === '登録' ? { required: ['plate'], optional: ['area', 'notifiedOn'] } : { required: [], optional: ['notifiedOn'] });
    const late = row.notifiedOn !== null && row.notifiedOn > context.processedOn ? [{ ja: '届出日が処理日より後です。', en: `notified after ${context.processedOn}` }] : [];
    return [...presence, ...late];
  },
  async apply() {},
});

const header = '異動ID,宛名番号,異動事由,異動日,標識番号,面積,届出日';

describe('shared delta rules', () => {
  it('names the cells a reason needs or does not use, reads decimals, and gives validateRow the 処理日', () => {
    const text = [header, `A1,${person},登録,2025-09-01,,1.5,`, `A2,${person},廃車,2025-09-01,品川500あ1,,`, `A3,${person},登録,2025-09-01,品川500あ2,0,`, `A4,${person},登録,2025-09-01,品川500あ3,1.234,`, `A5,${person},廃車,2025-09-01,,,2025-10-02`].join('\n');
    const { problems } = readDelta(format, text, '2025-10-01');
    expect(problems.map((p) => [p.line, p.en])).toEqual([
      [2, '登録 needs "標識番号"'],
      [3, '"標識番号" is not used for 廃車; leave it empty'],
      [4, '"面積" value "0" is invalid (expected a number above 0 with at most 2 decimals (optional))'],
      [5, '"面積" value "1.234" is invalid (expected a number above 0 with at most 2 decimals (optional))'],
      [6, 'notified after 2025-10-01'],
    ]);
    expect(readDelta(format, [header, `B1,${person},登録,2025-09-01,品川500あ4,120.05,2025-09-03`].join('\n'), '2025-10-01').rows).toMatchObject([{ plate: '品川500あ4', area: 120.05 }]);
  });

  it('writes rows as records under the Japanese headers, keeping only the rows that pass in order', () => {
    expect(toDeltaRecord(format, { changeId: 'X1', atenaNo: person, reason: '登録', effectiveDate: '2025-09-01', plate: 'P', area: null })).toEqual({ 異動ID: 'X1', 宛名番号: person, 異動事由: '登録', 異動日: '2025-09-01', 標識番号: 'P' });
    let serial = 0;
    const seen = new Set<string>();
    const planned = ['P1', 'P2', 'P1'].map((plate) => ({ atenaNo: person, reason: '登録' as const, effectiveDate: '2025-09-01', plate, area: 1, notifiedOn: null }));
    const records = recordsThatApply({ nextChangeId: () => `S${++serial}` }, format, planned, (row: Row) => (seen.has(row.plate ?? '') ? [{ ja: '重複', en: 'twice' }] : (seen.add(row.plate ?? ''), [])));
    expect(records.map((r) => [r['異動ID'], r['標識番号']])).toEqual([['S1', 'P1'], ['S2', 'P2']]);
  });
});
