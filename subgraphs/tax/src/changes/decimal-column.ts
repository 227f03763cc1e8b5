import type { Column } from '@smart-casework/kit';

/** 面積 in square metres with up to two decimals (地積 and 床面積 are registered to the 0.01㎡). */
function parseArea(cell: string): { ok: true; value: number } | { ok: false } {
  if (!/^\d{1,7}(\.\d{1,2})?$/.test(cell)) return { ok: false };
  const value = Number(cell);
  return value > 0 ? { ok: true, value } : { ok: false };
}

const expected = { ja: '0より大きい数（小数点以下2桁まで、㎡）', en: 'a number above 0 with at most two decimals (square metres)' };

/** The kit's `col` has whole numbers only; areas need decimals. */
export function area(header: string): Column<number> {
  return {
    header,
    expected,
    required: true,
    parse: parseArea,
    optional() {
      return {
        header,
        expected: { ja: `${expected.ja}（省略可）`, en: `${expected.en} (optional)` },
        required: false,
        parse: (cell) => (cell === '' ? { ok: true, value: null } : parseArea(cell)),
        optional() {
          return this;
        },
      };
    },
  };
}
