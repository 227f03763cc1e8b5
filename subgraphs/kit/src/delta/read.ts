import { createHash } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import iconv from 'iconv-lite';
import type { Message } from './columns';
import type { DeltaFormat, DeltaProblem, DeltaRowBase } from './format';

/** Text of a delta file: UTF-8 (with or without BOM), else Shift_JIS (CP932) as Japanese business systems write it. */
export function decodeDelta(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return iconv.decode(Buffer.from(bytes), 'cp932');
  }
}

export function sha256(text: string | Uint8Array): string {
  return createHash('sha256').update(text).digest('hex');
}

interface Record_ {
  line: number;
  cells: string[];
}

function records(text: string): { records: Record_[]; problem?: DeltaProblem } {
  try {
    const parsed = parse(text, { info: true, relax_column_count: true, skip_empty_lines: true }) as unknown as Array<{ record: string[]; info: { lines: number } }>;
    return {
      records: parsed.map(({ record, info }) => ({ line: info.lines - (record.join('').match(/\n/g)?.length ?? 0), cells: record.map((cell) => cell.trim()) })),
    };
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? 1;
    return { records: [], problem: { line, ja: `CSVとして読めません（${(error as Error).message}）。`, en: `not readable as CSV: ${(error as Error).message}` } };
  }
}

function headerProblems(format: DeltaFormat, header: string[]): DeltaProblem[] {
  const known = new Set(format.allColumns.map(([, column]) => column.header));
  const problems: DeltaProblem[] = [];
  for (const [, column] of format.allColumns) {
    if (column.required && !header.includes(column.header)) problems.push({ line: 1, column: column.header, ja: `必須の列「${column.header}」がありません。`, en: `required column "${column.header}" is missing` });
  }
  for (const name of header) {
    if (!known.has(name)) problems.push({ line: 1, column: name, ja: `不明な列「${name}」があります（${format.department} の異動ファイルの列ではありません）。`, en: `unknown column "${name}" (not a column of the ${format.department} delta file)` });
  }
  const seen = new Set<string>();
  for (const name of header) {
    if (seen.has(name)) problems.push({ line: 1, column: name, ja: `列「${name}」が重複しています。`, en: `column "${name}" appears twice` });
    seen.add(name);
  }
  return problems;
}

function readRow(format: DeltaFormat, header: string[], record: Record_, today: string): { row?: DeltaRowBase & Record<string, unknown>; problems: DeltaProblem[] } {
  const problems: DeltaProblem[] = [];
  const row: Record<string, unknown> = { line: record.line };
  if (record.cells.length > header.length) problems.push({ line: record.line, ja: `列の数が見出しより多くなっています（${record.cells.length} 列）。`, en: `more cells (${record.cells.length}) than headers (${header.length})` });
  for (const [key, column] of format.allColumns) {
    const index = header.indexOf(column.header);
    const cell = index >= 0 ? (record.cells[index] ?? '') : '';
    const result = column.parse(cell);
    if (result.ok) row[key] = result.value;
    else if (cell === '') problems.push({ line: record.line, column: column.header, ja: `「${column.header}」が空です（${column.expected.ja}）。`, en: `"${column.header}" is empty (expected ${column.expected.en})` });
    else problems.push({ line: record.line, column: column.header, ja: `「${column.header}」の値「${cell.slice(0, 40)}」が正しくありません（${column.expected.ja}）。`, en: `"${column.header}" value "${cell.slice(0, 40)}" is invalid (expected ${column.expected.en})` });
  }
  if (problems.length > 0) return { problems };
  const typed = row as DeltaRowBase & Record<string, unknown>;
  if (typed.effectiveDate > today && !(format.futureDateReasons ?? []).includes(typed.reason)) {
    problems.push({ line: record.line, column: '異動日', ja: `異動日 ${typed.effectiveDate} が処理日 ${today} より後です（${typed.reason} は未来の日付にできません）。`, en: `effective date ${typed.effectiveDate} is after today ${today} (not allowed for ${typed.reason})` });
  }
  const messages: Message[] = format.validateRow?.(typed as never, { processedOn: today }) ?? [];
  problems.push(...messages.map((message) => ({ line: record.line, ...message })));
  return problems.length > 0 ? { problems } : { row: typed, problems };
}

/** Reads and validates every row of a delta file; rows only when the whole file is valid. */
export function readDelta(format: DeltaFormat, text: string, today: string): { rows: Array<DeltaRowBase & Record<string, unknown>>; problems: DeltaProblem[] } {
  const { records: all, problem } = records(text);
  if (problem) return { rows: [], problems: [problem] };
  const [head, ...body] = all;
  if (!head) return { rows: [], problems: [{ line: 1, ja: 'ファイルが空です。', en: 'the file is empty' }] };
  const header = head.cells.map((cell) => cell.replace(/^\uFEFF/, ''));
  const problems = headerProblems(format, header);
  if (problems.length > 0) return { rows: [], problems };
  if (body.length === 0) return { rows: [], problems: [{ line: 2, ja: 'データ行がありません。', en: 'the file has no data rows' }] };
  const rows: Array<DeltaRowBase & Record<string, unknown>> = [];
  const firstLine = new Map<string, number>();
  for (const record of body) {
    const result = readRow(format, header, record, today);
    problems.push(...result.problems);
    if (!result.row) continue;
    const earlier = firstLine.get(result.row.changeId);
    if (earlier !== undefined) problems.push({ line: record.line, column: '異動ID', ja: `異動ID「${result.row.changeId}」が ${earlier} 行目と重複しています。`, en: `change id "${result.row.changeId}" repeats line ${earlier}` });
    else firstLine.set(result.row.changeId, record.line);
    rows.push(result.row);
  }
  return problems.length > 0 ? { rows: [], problems } : { rows, problems };
}

function csvCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** Writes records (keyed by Japanese header) as a delta file in the format's column order, UTF-8 with BOM. */
export function writeDeltaCsv(format: DeltaFormat, records: ReadonlyArray<Record<string, string>>): string {
  const headers = format.allColumns.map(([, column]) => column.header);
  const lines = [headers, ...records.map((record) => headers.map((header) => record[header] ?? ''))];
  return `\uFEFF${lines.map((cells) => cells.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
