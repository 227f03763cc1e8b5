import { describe, expect, it } from 'vitest';
import { comparePriority, formatSignedYen, impactDirection, inboxRows, noticeHref, noticeTab, resolutionNoteError, type RankedNotice } from './notices';

function notice(id: string, dueDate: string, overpaymentPerMonth: number | null, detectedAt = '2025-10-01T00:00:00Z'): RankedNotice {
  return { id, dueDate, overpaymentPerMonth, detectedAt };
}

describe('formatSignedYen', () => {
  it('writes the direction of a benefit change with a sign and separators', () => {
    expect(formatSignedYen(12000)).toBe('+12,000円');
    expect(formatSignedYen(-1234567)).toBe('-1,234,567円');
    expect(formatSignedYen(999)).toBe('+999円');
    expect(formatSignedYen(0)).toBe('0円');
    expect(formatSignedYen(null)).toBe('—');
    expect(formatSignedYen(undefined)).toBe('—');
  });

  it('rounds to whole yen before choosing the sign', () => {
    expect(formatSignedYen(-0.4)).toBe('0円');
    expect(formatSignedYen(1500.6)).toBe('+1,501円');
  });

  it('names the direction in words', () => {
    expect([impactDirection(-5000), impactDirection(5000), impactDirection(0), impactDirection(null)]).toEqual(['減額', '増額', '', '']);
  });
});

describe('comparePriority', () => {
  it('puts the earliest due date first, whatever the amounts', () => {
    const sorted = [notice('a', '2025-10-20', 90000), notice('b', '2025-10-05', null), notice('c', '2025-10-10', 1000)].sort(comparePriority);
    expect(sorted.map((n) => n.id)).toEqual(['b', 'c', 'a']);
  });

  it('within a due date, the largest overpayment per month first and no overpayment last', () => {
    const sorted = [notice('none', '2025-10-10', null), notice('small', '2025-10-10', 3000), notice('zero', '2025-10-10', 0), notice('large', '2025-10-10', 45000)].sort(comparePriority);
    expect(sorted.map((n) => n.id)).toEqual(['large', 'small', 'zero', 'none']);
  });

  it('then the first detected', () => {
    const sorted = [notice('late', '2025-10-10', 100, '2025-10-02T01:00:00Z'), notice('early', '2025-10-10', 100, '2025-10-01T23:00:00Z')].sort(comparePriority);
    expect(sorted.map((n) => n.id)).toEqual(['early', 'late']);
  });
});

describe('inboxRows', () => {
  const fetched = [notice('f1', '2025-10-05', 100), notice('f2', '2025-10-06', 100)];

  it('shows live arrivals first, marked new, in priority order, then the fetched list in its order', () => {
    const arrived = [notice('n-late', '2025-11-01', 100), notice('n-soon', '2025-10-02', 100)];
    expect(inboxRows(fetched, arrived).map((r) => [r.notice.id, r.isNew])).toEqual([
      ['n-soon', true],
      ['n-late', true],
      ['f1', false],
      ['f2', false],
    ]);
  });

  it('lists a notice once when it arrived live and is also in a refetched list', () => {
    const rows = inboxRows([...fetched, notice('n', '2025-10-01', 5)], [notice('n', '2025-10-01', 5)]);
    expect(rows.map((r) => r.notice.id)).toEqual(['n', 'f1', 'f2']);
    expect(rows[0]?.isNew).toBe(true);
  });

  it('is the fetched list when nothing arrived', () => {
    expect(inboxRows(fetched, []).map((r) => r.isNew)).toEqual([false, false]);
  });
});

describe('resolutionNoteError', () => {
  it('requires a note that is not only spaces (full-width ones too), in Japanese', () => {
    for (const blank of ['', '   ', '\u3000\n']) expect(resolutionNoteError(blank)?.ja).toMatch(/処理内容（メモ）を入力してください/);
  });

  it('accepts up to 1,000 characters after trimming', () => {
    expect(resolutionNoteError('保護変更（収入認定）を実施')).toBeNull();
    expect(resolutionNoteError(` ${'あ'.repeat(1000)} `)).toBeNull();
    expect(resolutionNoteError('あ'.repeat(1001))?.ja).toContain('1000文字以内');
  });
});

describe('noticeTab', () => {
  it('reads the tab from the query string, 未読 by default', () => {
    expect([noticeTab('RESOLVED'), noticeTab('acknowledged'), noticeTab(null), noticeTab('ALL')]).toEqual(['RESOLVED', 'ACKNOWLEDGED', 'UNREAD', 'UNREAD']);
  });
});

describe('noticeHref', () => {
  it("links the household's investigation list for handling the notice, with the section and member", () => {
    const href = noticeHref({ id: 'N0123abcd', householdNo: '100000013', section: 'childBenefits', atenaNo: '200000019' });
    const url = new URL(href, 'http://portal');
    expect(url.pathname).toBe('/household/100000013');
    expect(Object.fromEntries(url.searchParams)).toEqual({ purpose: 'notice-handling', notice: 'N0123abcd', section: 'childBenefits', atenaNo: '200000019' });
  });
});
