/**
 * Shift_JIS for the Excel of older office PCs. Excel's "Shift_JIS" is Windows-31J (cp932, which
 * iconv-lite's Shift_JIS is), so 髙・﨑・①・㈱ are fine; what it cannot hold is reported rather
 * than silently turned into "?" — a wrong character in a name is worse than no file.
 */
import iconv from 'iconv-lite';
import { sheetTexts, type CellPosition, type Sheet } from './sheet';

/**
 * Characters that JIS X 0208 has but Unicode-to-cp932 tables do not map, because Microsoft
 * assigned those JIS codes to other code points (the "wave dash problem"). Writing the cp932
 * character keeps the same JIS code, so nothing is lost; ¥ becomes the full-width ￥ because
 * 0x5C is read back as a backslash outside Japanese fonts.
 */
export const CP932_EQUIVALENTS: Readonly<Record<string, string>> = {
  '\u301C': '\uFF5E', // 〜 WAVE DASH → ～
  '\u2016': '\u2225', // ‖ DOUBLE VERTICAL LINE → ∥
  '\u2212': '\uFF0D', // − MINUS SIGN → －
  '\u2014': '\u2015', // — EM DASH → ―
  '\u00A2': '\uFFE0', // ¢ → ￠
  '\u00A3': '\uFFE1', // £ → ￡
  '\u00AC': '\uFFE2', // ¬ → ￢
  '\u00A5': '\uFFE5', // ¥ → ￥
};

const EQUIVALENT = new RegExp(`[${Object.keys(CP932_EQUIVALENTS).join('')}]`, 'g');

export function toCp932Equivalents(text: string): string {
  return text.replace(EQUIVALENT, (ch) => CP932_EQUIVALENTS[ch] ?? ch);
}

export interface UnencodableCharacter {
  character: string;
  /** e.g. U+20BB7 */
  codePoint: string;
  /** Where it occurs (the first few places). */
  at: CellPosition[];
}

const MAX_PLACES = 3;

/** Thrown by toCsv for Shift_JIS when a character cannot be written; the UI offers UTF-8 instead. */
export class UnencodableCharactersError extends Error {
  readonly messageJa: string;
  constructor(readonly characters: UnencodableCharacter[]) {
    const list = characters.map((c) => `${c.character}（${c.codePoint}、${c.at.map(placeJa).join('・')}）`).join('、');
    super(`Shift_JIS cannot hold ${characters.map((c) => `${c.character} (${c.codePoint})`).join(', ')}; export as UTF-8 instead.`);
    this.name = 'UnencodableCharactersError';
    this.messageJa = `Shift_JIS で表せない文字があります: ${list}。UTF-8（BOM付き）で出力してください。`;
  }
}

function placeJa(at: CellPosition): string {
  return at.row === 0 ? at.column : `${at.row}行目・${at.column}`;
}

const cache = new Map<string, boolean>();

function encodable(ch: string): boolean {
  if (ch.charCodeAt(0) < 0x80) return true;
  let known = cache.get(ch);
  if (known === undefined) {
    const bytes = iconv.encode(ch, 'Shift_JIS');
    // iconv-lite writes "?" for what the table lacks.
    known = !(bytes.length === 1 && bytes[0] === 0x3f);
    cache.set(ch, known);
  }
  return known;
}

/** The characters of the sheet that Shift_JIS cannot hold (after the cp932 equivalents), with where they are. */
export function findUnencodable(sheet: Sheet): UnencodableCharacter[] {
  const found = new Map<string, UnencodableCharacter>();
  for (const { text, at } of sheetTexts(sheet)) {
    for (const ch of toCp932Equivalents(text)) {
      if (encodable(ch)) continue;
      const entry = found.get(ch) ?? { character: ch, codePoint: `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`, at: [] };
      if (entry.at.length < MAX_PLACES && !entry.at.some((p) => p.row === at.row && p.column === at.column)) entry.at.push(at);
      found.set(ch, entry);
    }
  }
  return [...found.values()];
}

/** Encodes text already checked with findUnencodable. */
export function encodeShiftJis(text: string): Uint8Array {
  return new Uint8Array(iconv.encode(toCp932Equivalents(text), 'Shift_JIS'));
}
