/**
 * Reads the portal's .xlsx back as rows of values, as a spreadsheet shows them: what the tests
 * compare with the screen and the Sheet.
 */
import ExcelJS from 'exceljs';
import type { Cell } from './sheet';

function valueOf(cell: ExcelJS.Cell): Cell {
  // A merged range holds its value once, in its top-left cell.
  if (cell.isMerged && cell.master.address !== cell.address) return null;
  const value = cell.value;
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string') return value;
  return cell.text;
}

/** Every row of the first worksheet (1-based row n at index n − 1), `width` cells each. */
export async function readXlsxRows(bytes: Uint8Array, width: number): Promise<{ name: string; rows: Cell[][] }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const worksheet = workbook.worksheets[0];
  if (!worksheet) throw new Error('the workbook has no worksheet');
  const rows: Cell[][] = [];
  for (let r = 1; r <= worksheet.rowCount; r++) {
    const row = worksheet.getRow(r);
    rows.push(Array.from({ length: width }, (_, c) => valueOf(row.getCell(c + 1))));
  }
  return { name: worksheet.name, rows };
}
