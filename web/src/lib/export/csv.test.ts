import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { csvText, toCsv } from './csv';
import { sampleSheet } from './fixtures';
import { parseCsv } from './parse-csv';
import { UnencodableCharactersError } from './shift-jis';
import type { Sheet } from './sheet';

const expectedRecords = [
  ['調査リスト（世帯番号 10000016）'],
  ['出力者', '試験　一郎（cw001）'],
  ['出力日時', '令和7年10月1日（2025-10-01） 09:30'],
  ['利用目的', '29条調査（investigation）'],
  [''],
  ['氏名', '続柄', '部署', '状態', '項目', '内容', '金額（円）'],
  ['米子　陽子', '世帯主', '児童', '該当', '児童扶養手当', '全部支給, 子2人', '57720'],
  ['米子　茂', '父', '税務', '該当', '軽自動車', '軽四輪乗用 "自家用"\n鳥取 580 あ 12-34', '10800'],
  ['米子　大地', '子', '介護', '該当なし', '', '', ''],
  ['米子　光', '子', '税務', '未取得', '税務の情報を取得できませんでした', `'=HYPERLINK("x")`, '0'],
  ['髙橋　﨑子', '妻', '年金', '該当', '〜 平成31年4月30日 — 返還 −1,200円 ¥', `'-`, '-1200'],
];

describe('toCsv, UTF-8 with BOM', () => {
  const bytes = toCsv(sampleSheet, { encoding: 'utf-8-bom' });

  it('starts with the byte-order mark Excel needs', () => {
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes[3]).not.toBe(0xef);
  });

  it('reads back cell by cell: title, meta, a blank line, header, rows', () => {
    const text = new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes);
    const records = parseCsv(text);
    expect(records).toHaveLength(expectedRecords.length);
    records.forEach((record, r) => expect(record, `record ${r + 1}`).toEqual(expectedRecords[r]));
  });

  it('quotes as RFC 4180 says and ends every record with CRLF', () => {
    const text = csvText(sampleSheet);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.split('\r\n')[4]).toBe('');
    expect(text).toContain('"全部支給, 子2人",57720\r\n');
    expect(text).toContain('"軽四輪乗用 ""自家用""\n鳥取 580 あ 12-34",10800\r\n');
    expect(text).toContain('米子　大地,子,介護,該当なし,,,\r\n');
    // A bare LF inside a field is data, not a record end.
    expect(text.match(/(?<!\r)\n/g)).toHaveLength(1);
  });

  it('keeps dates, addresses and negative numbers as they are; neuters formulas only', () => {
    const sheet: Sheet = { title: 't', meta: [], columns: ['a'], rows: [['2025-04-01'], ['1-2-3'], ['-1200'], ['+81'], ['@SUM(A1)'], ['-x'], [-5]] };
    expect(parseCsv(csvText(sheet)).slice(3).map((r) => r[0])).toEqual(['2025-04-01', '1-2-3', '-1200', "'+81", "'@SUM(A1)", "'-x", '-5']);
  });

  it('defaults to UTF-8 with BOM', () => {
    expect(toCsv(sampleSheet)).toEqual(bytes);
  });
});

describe('toCsv, Shift_JIS (Windows-31J as Excel reads it)', () => {
  it('reads back cell by cell, with the JIS equivalents of 〜 — − ¥', () => {
    const bytes = toCsv(sampleSheet, { encoding: 'shift_jis' });
    expect([...bytes.slice(0, 3)]).not.toEqual([0xef, 0xbb, 0xbf]);
    const records = parseCsv(iconv.decode(Buffer.from(bytes), 'Shift_JIS'));
    const expected = expectedRecords.map((record) => [...record]);
    expected[10] = ['髙橋　﨑子', '妻', '年金', '該当', '～ 平成31年4月30日 ― 返還 －1,200円 ￥', `'-`, '-1200'];
    expect(records).toHaveLength(expected.length);
    records.forEach((record, r) => expect(record, `record ${r + 1}`).toEqual(expected[r]));
  });

  it('writes 髙 and ① as Windows-31J codes', () => {
    const bytes = toCsv({ title: '髙①', meta: [], columns: [], rows: [] }, { encoding: 'shift_jis' });
    expect([...bytes.slice(0, 4)]).toEqual([0xfb, 0xfc, 0x87, 0x40]);
  });

  it('refuses characters Shift_JIS cannot hold, naming each and where it is', () => {
    const sheet: Sheet = {
      title: '調査リスト',
      meta: [['出力者', 'Zoë']],
      columns: ['氏名', '内容'],
      rows: [['𠮷田　太郎', 'ok'], ['山田', 'ok'], ['𠮷野　花子', 'café']],
    };
    let error: unknown;
    try {
      toCsv(sheet, { encoding: 'shift_jis' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UnencodableCharactersError);
    const { characters, messageJa, message } = error as UnencodableCharactersError;
    expect(characters).toEqual([
      { character: 'ë', codePoint: 'U+00EB', at: [{ row: 0, column: '出力者' }] },
      { character: '𠮷', codePoint: 'U+20BB7', at: [{ row: 1, column: '氏名' }, { row: 3, column: '氏名' }] },
      { character: 'é', codePoint: 'U+00E9', at: [{ row: 3, column: '内容' }] },
    ]);
    expect(messageJa).toBe('Shift_JIS で表せない文字があります: ë（U+00EB、出力者）、𠮷（U+20BB7、1行目・氏名・3行目・氏名）、é（U+00E9、3行目・内容）。UTF-8（BOM付き）で出力してください。');
    expect(message).toContain('𠮷 (U+20BB7)');
  });

  it('the same sheet exports fine as UTF-8', () => {
    const sheet: Sheet = { title: '𠮷', meta: [], columns: [], rows: [] };
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(toCsv(sheet, { encoding: 'utf-8-bom' }))).toBe('\uFEFF𠮷\r\n\r\n\r\n');
  });
});
