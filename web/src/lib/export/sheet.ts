/**
 * A table ready to leave the portal as a file: the investigation list (or any list) as the
 * screen shows it, with a title and a block of facts about the output (who, when, why).
 */
export type Cell = string | number | null;

export interface Sheet {
  /** Shown first in the file, e.g. 調査リスト（世帯番号 12345678）. */
  title: string;
  /** Label and value pairs printed above the table: 出力者, 出力日時, 利用目的, ... */
  meta: [string, string][];
  /** Header row. */
  columns: string[];
  /** One array per row, in column order; numbers stay numbers (yen, counts). */
  rows: Cell[][];
}

/** Where a cell sits, as a person looks for it: 「3行目・氏名」 / "row 3, column 氏名". */
export interface CellPosition {
  /** 1-based row within `rows`, or 0 for the title, meta block and header. */
  row: number;
  column: string;
}

/** Every text of the sheet with its position, for checks over the whole output. */
export function* sheetTexts(sheet: Sheet): Generator<{ text: string; at: CellPosition }> {
  yield { text: sheet.title, at: { row: 0, column: 'タイトル' } };
  for (const [label, value] of sheet.meta) {
    yield { text: label, at: { row: 0, column: label } };
    yield { text: value, at: { row: 0, column: label } };
  }
  for (const column of sheet.columns) yield { text: column, at: { row: 0, column } };
  for (const [r, row] of sheet.rows.entries()) {
    for (const [c, cell] of row.entries()) {
      if (typeof cell === 'string') yield { text: cell, at: { row: r + 1, column: sheet.columns[c] ?? `${c + 1}列目` } };
    }
  }
}
