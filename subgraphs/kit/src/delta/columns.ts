import { fromDays, toDays } from '../dates';
import { isValidRegistryNumber } from '../numbers';

/** A message in both languages: Japanese for the clerk, English for the vendor's log. */
export interface Message {
  ja: string;
  en: string;
}

export type CellResult<T> = { ok: true; value: T } | { ok: false };

/** One column of a delta file: its Japanese header, what it expects and how a cell is read. */
export interface Column<T> {
  header: string;
  expected: Message;
  required: boolean;
  parse(cell: string): CellResult<T>;
  /** The same column, allowed to be empty (read as null). */
  optional(): Column<T | null>;
}

export type ColumnValue<C> = C extends Column<infer T> ? T : never;

function column<T>(header: string, expected: Message, parse: (cell: string) => CellResult<T>): Column<T> {
  return {
    header,
    expected,
    required: true,
    parse,
    optional() {
      return {
        header,
        expected: { ja: `${expected.ja}（省略可）`, en: `${expected.en} (optional)` },
        required: false,
        parse: (cell) => (cell === '' ? { ok: true, value: null } : parse(cell)),
        optional() {
          return this;
        },
      };
    },
  };
}

const ok = <T>(value: T): CellResult<T> => ({ ok: true, value });
const bad: CellResult<never> = { ok: false };

/** Reads 2025-06-01, 2025/06/01 or 20250601; rejects dates that do not exist (2025-02-30). */
export function parseIsoDate(cell: string): string | null {
  const match = /^(\d{4})[-/]?(\d{2})[-/]?(\d{2})$/.exec(cell);
  if (!match) return null;
  const iso = `${match[1]}-${match[2]}-${match[3]}`;
  return fromDays(toDays(iso)) === iso ? iso : null;
}

/** Whole yen as business systems export them: 46690 or 46,690. */
function parseInteger(cell: string): number | null {
  if (!/^-?(\d{1,3}(,\d{3})+|\d+)$/.test(cell)) return null;
  const value = Number(cell.replaceAll(',', ''));
  return Number.isSafeInteger(value) ? value : null;
}

/** A plain decimal (no grouping, no sign) with at most `maxFractionDigits` after the point. */
function parseDecimal(cell: string, maxFractionDigits: number): number | null {
  const fraction = maxFractionDigits > 0 ? `(\\.\\d{1,${maxFractionDigits}})?` : '';
  if (!new RegExp(`^\\d{1,12}${fraction}$`).test(cell)) return null;
  return Number(cell);
}

/** Column builders for `defineDeltaFormat`. */
export const col = {
  text(header: string, maxLength: number): Column<string> {
    return column(header, { ja: `${maxLength}文字以内の文字列`, en: `text of at most ${maxLength} characters` }, (cell) => (cell !== '' && [...cell].length <= maxLength ? ok(cell) : bad));
  },
  int(header: string, min: number, max: number): Column<number> {
    return column(header, { ja: `${min}以上${max}以下の整数`, en: `an integer from ${min} to ${max}` }, (cell) => {
      const value = parseInteger(cell);
      return value !== null && value >= min && value <= max ? ok(value) : bad;
    });
  },
  yen(header: string): Column<number> {
    return column(header, { ja: '0以上の整数（円）', en: 'whole yen, 0 or more' }, (cell) => {
      const value = parseInteger(cell);
      return value !== null && value >= 0 ? ok(value) : bad;
    });
  },
  /**
   * A decimal number (面積 in ㎡, registered to the 0.01) of at most `maxFractionDigits`
   * decimals; `positive` refuses 0, as a measure recorded in a register never is.
   */
  decimal(header: string, maxFractionDigits: number, options: { positive?: boolean } = {}): Column<number> {
    const [ja, en] = options.positive ? ['0より大きい数', 'a number above 0'] : ['0以上の数', 'a number, 0 or more'];
    return column(header, { ja: `${ja}（小数点以下${maxFractionDigits}桁まで）`, en: `${en} with at most ${maxFractionDigits} decimals` }, (cell) => {
      const value = parseDecimal(cell, maxFractionDigits);
      return value !== null && (options.positive ? value > 0 : value >= 0) ? ok(value) : bad;
    });
  },
  date(header: string): Column<string> {
    return column(header, { ja: '日付（YYYY-MM-DD）', en: 'a date (YYYY-MM-DD)' }, (cell) => {
      const iso = parseIsoDate(cell);
      return iso ? ok(iso) : bad;
    });
  },
  month(header: string): Column<string> {
    return column(header, { ja: '年月（YYYY-MM）', en: 'a month (YYYY-MM)' }, (cell) => {
      const match = /^(\d{4})[-/](\d{2})$/.exec(cell);
      return match && Number(match[2]) >= 1 && Number(match[2]) <= 12 ? ok(`${match[1]}-${match[2]}`) : bad;
    });
  },
  oneOf<const V extends string>(header: string, values: readonly V[]): Column<V> {
    return column(header, { ja: `次のいずれか: ${values.join('、')}`, en: `one of: ${values.join(', ')}` }, (cell) => ((values as readonly string[]).includes(cell) ? ok(cell as V) : bad));
  },
  registryNo(header: string): Column<string> {
    return column(header, { ja: '8〜15桁の番号（末尾はチェックデジット）', en: '8 to 15 digits ending in a valid check digit' }, (cell) => (isValidRegistryNumber(cell) ? ok(cell) : bad));
  },
};
