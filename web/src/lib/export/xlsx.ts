/**
 * The sheet as an Excel workbook (exceljs): the title, the meta block, then the table with a
 * bold header that stays in view and repeats on every printed page, set up for A4 portrait.
 */
import ExcelJS from 'exceljs';
import type { Cell, Sheet } from './sheet';

const YEN_FORMAT = '#,##0';
const WIDTH = { min: 6, max: 60, padding: 2 };

/** Display width in Excel's character units: full-width characters count two. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]|[\u{20000}-\u{3FFFD}]/u.test(ch) ? 2 : 1;
  return width;
}

function shown(cell: Cell): string {
  if (cell === null) return '';
  return typeof cell === 'number' ? cell.toLocaleString('en-US') : cell;
}

function columnWidths(sheet: Sheet): number[] {
  return sheet.columns.map((header, c) => {
    const texts = [header, ...sheet.rows.map((row) => shown(row[c] ?? null))];
    if (c === 0) texts.push(...sheet.meta.map(([label]) => label));
    // A long finding wraps instead of widening the page beyond A4.
    const longest = Math.max(...texts.flatMap((t) => t.split('\n')).map(displayWidth));
    return Math.min(WIDTH.max, Math.max(WIDTH.min, longest + WIDTH.padding));
  });
}

// Excel forbids []:*?/\ in a sheet name and allows 31 characters.
function sheetName(title: string): string {
  return title.replace(/[[\]:*?/\\]/g, '_').slice(0, 31) || 'Sheet1';
}

function mergeAcross(worksheet: ExcelJS.Worksheet, row: number, columns: number): void {
  if (columns > 2) worksheet.mergeCells(row, 2, row, columns);
}

function writeHead(worksheet: ExcelJS.Worksheet, sheet: Sheet): number {
  const width = Math.max(1, sheet.columns.length);
  const title = worksheet.addRow([sheet.title]);
  title.font = { bold: true, size: 14 };
  if (width > 1) worksheet.mergeCells(title.number, 1, title.number, width);
  for (const [label, value] of sheet.meta) {
    const row = worksheet.addRow([label, value]);
    row.getCell(1).font = { bold: true };
    mergeAcross(worksheet, row.number, width);
  }
  worksheet.addRow([]);
  const header = worksheet.addRow(sheet.columns);
  header.font = { bold: true };
  header.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8E8E8' } };
    cell.border = { bottom: { style: 'thin' } };
    cell.alignment = { vertical: 'middle', wrapText: true };
  });
  return header.number;
}

function writeRows(worksheet: ExcelJS.Worksheet, sheet: Sheet): void {
  for (const cells of sheet.rows) {
    const row = worksheet.addRow(cells.map((cell) => cell ?? null));
    row.eachCell((cell) => {
      cell.alignment = { vertical: 'top', wrapText: true };
      if (typeof cell.value === 'number') cell.numFmt = YEN_FORMAT;
    });
  }
}

function setUpPrinting(worksheet: ExcelJS.Worksheet, headerRow: number): void {
  worksheet.pageSetup = {
    paperSize: 9, // A4
    orientation: 'portrait',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: `${headerRow}:${headerRow}`,
    margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
  };
  worksheet.headerFooter = { oddFooter: '&P / &N' };
}

/** The sheet as .xlsx bytes; numbers (yen) stay numbers, shown with thousands separators. */
export async function toXlsx(sheet: Sheet): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'スマートケースワーク';
  const worksheet = workbook.addWorksheet(sheetName(sheet.title));
  const headerRow = writeHead(worksheet, sheet);
  writeRows(worksheet, sheet);
  columnWidths(sheet).forEach((width, c) => {
    worksheet.getColumn(c + 1).width = width;
  });
  worksheet.views = [{ state: 'frozen', xSplit: 0, ySplit: headerRow }];
  if (sheet.columns.length > 0) worksheet.autoFilter = { from: { row: headerRow, column: 1 }, to: { row: headerRow, column: sheet.columns.length } };
  setUpPrinting(worksheet, headerRow);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
