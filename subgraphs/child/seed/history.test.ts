import type { ChildAllowanceTrait } from '@smart-casework/kit/city';
import { describe, expect, it } from 'vitest';
import { revisionHistory } from './history';

const REFERENCE = '2025-10-01';
const trait = (overrides: Partial<ChildAllowanceTrait>): ChildAllowanceTrait => ({ program: '児童扶養手当', recipientAtenaNo: '100000001', childAtenaNos: [], payment: '全部支給', monthlyAmount: 46_690, certifiedOn: '2020-05-10', ...overrides });

describe('revisionHistory', () => {
  it('gives 児童扶養手当 the April 2025 price revision, and the November 2024 reform from the third child', () => {
    expect(revisionHistory(trait({}), ['2015-06-01'], 1, REFERENCE)).toEqual([{ revised_on: '2025-04-01', amount_before: 45_500, amount_after: 46_690, reason: '物価スライドによる額改定' }]);
    const three = revisionHistory(trait({ monthlyAmount: 68_750 }), ['2012-01-01', '2014-01-01', '2016-01-01'], 3, REFERENCE);
    expect(three.map((r) => [r.revised_on, r.amount_before, r.amount_after])).toEqual([['2024-11-01', 62_700, 67_000], ['2025-04-01', 67_000, 68_750]]);
  });
  it('scales a partial payment by the same ratio and skips changes before certification', () => {
    expect(revisionHistory(trait({ payment: '一部支給', monthlyAmount: 30_000 }), ['2015-06-01'], 1, REFERENCE)[0]).toMatchObject({ amount_before: 29_240, amount_after: 30_000 });
    expect(revisionHistory(trait({ certifiedOn: '2025-04-10' }), ['2015-06-01'], 1, REFERENCE)).toEqual([]);
  });
  it('gives 特別児童扶養手当 its price revision per grade', () => {
    expect(revisionHistory(trait({ program: '特別児童扶養手当', payment: '2級', monthlyAmount: 37_830 }), ['2012-01-01'], 1, REFERENCE)).toEqual([{ revised_on: '2025-04-01', amount_before: 36_860, amount_after: 37_830, reason: '物価スライドによる額改定' }]);
  });
  it('derives 児童手当 changes from the October 2024 reform and a 3rd birthday', () => {
    const history = revisionHistory(trait({ program: '児童手当', payment: null, monthlyAmount: 20_000, certifiedOn: '2013-06-01' }), ['2013-05-01', '2022-07-15'], 2, REFERENCE);
    expect(history).toEqual([{ revised_on: '2025-08-01', amount_before: 25_000, amount_after: 20_000, reason: '3歳到達' }]);
    const third = revisionHistory(trait({ program: '児童手当', payment: null, monthlyAmount: 50_000, certifiedOn: '2013-06-01' }), ['2013-05-01', '2016-07-01', '2023-08-20'], 3, REFERENCE);
    expect(third).toEqual([{ revised_on: '2024-10-01', amount_before: 35_000, amount_after: 50_000, reason: '制度改正（児童手当の拡充）' }]);
  });
  it('ends the latest 児童手当 revision at the amount the city records', () => {
    const history = revisionHistory(trait({ program: '児童手当', payment: null, monthlyAmount: 21_000, certifiedOn: '2013-06-01' }), ['2013-05-01', '2022-07-15'], 2, REFERENCE);
    expect(history.at(-1)).toMatchObject({ amount_before: 25_000, amount_after: 21_000 });
  });
});
