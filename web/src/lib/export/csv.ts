/**
 * CSV as Excel opens it in Japan: RFC 4180 quoting, CRLF line ends, UTF-8 with a byte-order
 * mark (without it Excel reads UTF-8 as Shift_JIS and garbles every name) or Shift_JIS.
 */
import { encodeShiftJis, findUnencodable, UnencodableCharactersError } from './shift-jis';
import type { Cell, Sheet } from './sheet';

export type CsvEncoding = 'utf-8-bom' | 'shift_jis';

const BOM = [0xef, 0xbb, 0xbf];

// A text cell that Excel would take for a formula (=, +, @, tab, CR, or - before a non-digit)
// is written with a leading apostrophe: the data comes from other systems and must not run.
// "-1200" and "2025-04-01" stay as they are.
const FORMULA_START = /^(?:[=+@\t\r]|-(?!\d))/;

function field(cell: Cell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  const text = FORMULA_START.test(cell) ? `'${cell}` : cell;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function record(cells: readonly Cell[]): string {
  return `${cells.map(field).join(',')}\r\n`;
}

/** The CSV text: the title, the meta lines, a blank line, the header and the rows. */
export function csvText(sheet: Sheet): string {
  return [record([sheet.title]), ...sheet.meta.map((pair) => record(pair)), '\r\n', record(sheet.columns), ...sheet.rows.map(record)].join('');
}

/**
 * The sheet as CSV bytes. For Shift_JIS, characters it cannot hold (𠮷, é, ...) throw an
 * UnencodableCharactersError naming each and where it is; nothing is replaced silently.
 */
export function toCsv(sheet: Sheet, options: { encoding: CsvEncoding } = { encoding: 'utf-8-bom' }): Uint8Array {
  const text = csvText(sheet);
  if (options.encoding === 'shift_jis') {
    const unencodable = findUnencodable(sheet);
    if (unencodable.length > 0) throw new UnencodableCharactersError(unencodable);
    return encodeShiftJis(text);
  }
  const body = new TextEncoder().encode(text);
  const bytes = new Uint8Array(BOM.length + body.length);
  bytes.set(BOM);
  bytes.set(body, BOM.length);
  return bytes;
}
