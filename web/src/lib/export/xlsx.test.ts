import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { sampleSheet } from './fixtures';
import type { Sheet } from './sheet';
import { readXlsxRows } from './read-xlsx';
import { displayWidth, toXlsx } from './xlsx';

async function load(bytes: Uint8Array): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const worksheet = workbook.worksheets[0];
  if (!worksheet) throw new Error('no worksheet');
  return worksheet;
}

function values(worksheet: ExcelJS.Worksheet, row: number, columns: number): unknown[] {
  return Array.from({ length: columns }, (_, c) => worksheet.getRow(row).getCell(c + 1).value);
}

describe('toXlsx', () => {
  let worksheet: ExcelJS.Worksheet;
  const width = sampleSheet.columns.length;
  const headerRow = 1 + sampleSheet.meta.length + 2; // title, meta, blank line

  beforeAll(async () => {
    const bytes = await toXlsx(sampleSheet);
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect([...bytes.slice(0, 2)]).toEqual([0x50, 0x4b]); // a zip
    worksheet = await load(bytes);
  });

  it('names the sheet after the title and puts the title in A1, bold, across the table', () => {
    expect(worksheet.name).toBe('調査リスト（世帯番号 10000016）');
    expect(worksheet.getCell('A1').value).toBe(sampleSheet.title);
    expect(worksheet.getCell('A1').font?.bold).toBe(true);
    expect(worksheet.getCell('A1').isMerged).toBe(true);
    expect(worksheet.getCell('G1').master.address).toBe('A1');
  });

  it('writes the meta block, label and value', () => {
    sampleSheet.meta.forEach(([label, value], i) => {
      expect(values(worksheet, 2 + i, 2)).toEqual([label, value]);
      expect(worksheet.getRow(2 + i).getCell(1).font?.bold).toBe(true);
    });
    expect(values(worksheet, headerRow - 1, width).every((v) => v === null)).toBe(true);
  });

  it('has a bold header row, frozen, repeated on each printed page and filterable', () => {
    expect(values(worksheet, headerRow, width)).toEqual(sampleSheet.columns);
    for (let c = 1; c <= width; c++) expect(worksheet.getRow(headerRow).getCell(c).font?.bold).toBe(true);
    expect(worksheet.views[0]).toMatchObject({ state: 'frozen', ySplit: headerRow });
    expect(worksheet.pageSetup.printTitlesRow).toBe(`${headerRow}:${headerRow}`);
    expect(worksheet.autoFilter).toBe(`A${headerRow}:G${headerRow}`);
  });

  it('writes every row cell by cell; numbers stay numbers with #,##0, empty stays empty', () => {
    sampleSheet.rows.forEach((row, r) => {
      const excelRow = worksheet.getRow(headerRow + 1 + r);
      row.forEach((expected, c) => {
        const cell = excelRow.getCell(c + 1);
        expect(cell.value, `${cell.address}`).toBe(expected);
        if (typeof expected === 'number') expect(cell.numFmt, cell.address).toBe('#,##0');
        else expect(cell.numFmt ?? '', cell.address).not.toBe('#,##0');
      });
    });
    expect(worksheet.rowCount).toBe(headerRow + sampleSheet.rows.length);
    // A formula-looking text is text in a workbook: nothing to neuter.
    expect(worksheet.getCell(`F${headerRow + 4}`).type).toBe(ExcelJS.ValueType.String);
  });

  it('is set up for A4 portrait, one page wide', () => {
    expect(worksheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
  });

  it('sizes columns to their content, full-width characters counting two, within limits', () => {
    const widths = sampleSheet.columns.map((_, c) => worksheet.getColumn(c + 1).width);
    expect(widths[1]).toBe(8); // 続柄 / 世帯主: 6 + 2
    expect(widths[4]).toBe(displayWidth('〜 平成31年4月30日 — 返還 −1,200円 ¥') + 2);
    expect(widths[6]).toBe(displayWidth('金額（円）') + 2);
    for (const w of widths) expect(w).toBeGreaterThanOrEqual(6);
    for (const w of widths) expect(w).toBeLessThanOrEqual(60);
  });
});

describe('readXlsxRows', () => {
  it('gives back the sheet as rows, merged ranges once', async () => {
    const { name, rows } = await readXlsxRows(await toXlsx(sampleSheet), sampleSheet.columns.length);
    const blank = (cells: (string | number | null)[]) => [...cells, ...Array<null>(sampleSheet.columns.length - cells.length).fill(null)];
    expect(name).toBe(sampleSheet.title);
    expect(rows).toEqual([blank([sampleSheet.title]), ...sampleSheet.meta.map(blank), blank([]), sampleSheet.columns, ...sampleSheet.rows]);
  });
});

describe('toXlsx edge cases', () => {
  it('makes a valid sheet name from any title and copes with an empty table', async () => {
    const sheet: Sheet = { title: '調査リスト [2025/10/01] 世帯番号:10000016 と とても長い補足説明', meta: [], columns: ['氏名'], rows: [] };
    const worksheet = await load(await toXlsx(sheet));
    expect(worksheet.name).toBe('調査リスト _2025_10_01_ 世帯番号_10000016 と と'.slice(0, 31));
    expect(worksheet.getCell('A3').value).toBe('氏名');
  });

  it('displayWidth counts full-width and astral ideographs as two', () => {
    expect(displayWidth('abc')).toBe(3);
    expect(displayWidth('米子　陽子')).toBe(10);
    expect(displayWidth('ｱｲｳ')).toBe(3);
    expect(displayWidth('𠮷')).toBe(2);
  });
});
