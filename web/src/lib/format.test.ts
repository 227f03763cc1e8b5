import { describe, expect, it } from 'vitest';
import { ageOn, formatDate, formatDateTime, formatWareki, formatYen, parseBirthDateInput, todayJst } from './format';

describe('formatWareki', () => {
  it.each([
    ['2025-04-01', '令和7年4月1日'],
    ['2019-05-01', '令和元年5月1日'],
    ['2019-04-30', '平成31年4月30日'],
    ['1989-01-08', '平成元年1月8日'],
    ['1989-01-07', '昭和64年1月7日'],
    ['1970-03-02', '昭和45年3月2日'],
    ['1926-12-25', '昭和元年12月25日'],
    ['1926-12-24', '大正15年12月24日'],
    ['1912-07-30', '大正元年7月30日'],
    ['1912-07-29', '明治45年7月29日'],
    ['1868-01-25', '明治元年1月25日'],
    ['1850-01-01', '1850年1月1日'],
  ])('%s → %s', (iso, expected) => {
    expect(formatWareki(iso)).toBe(expected);
  });

  it('takes the date part of a date-time and leaves what it cannot read alone', () => {
    expect(formatWareki('2025-04-01T12:00:00Z')).toBe('令和7年4月1日');
    expect(formatWareki('不明')).toBe('不明');
    expect(formatWareki(null)).toBe('—');
  });
});

describe('formatDate and formatDateTime', () => {
  it('writes the era and the ISO date', () => {
    expect(formatDate('2025-04-01')).toBe('令和7年4月1日（2025-04-01）');
    expect(formatDate(undefined)).toBe('—');
  });

  it('converts to Japan time, crossing midnight and the era boundary', () => {
    expect(formatDateTime('2025-04-01T00:30:00Z')).toBe('令和7年4月1日（2025-04-01） 09:30');
    expect(formatDateTime('2019-04-30T15:00:00Z')).toBe('令和元年5月1日（2019-05-01） 00:00');
    expect(formatDateTime('2019-04-30T14:59:00Z')).toBe('平成31年4月30日（2019-04-30） 23:59');
    expect(formatDateTime('2025-10-01T08:05:00+09:00')).toBe('令和7年10月1日（2025-10-01） 08:05');
    expect(formatDateTime(null)).toBe('—');
  });

  it('todayJst is the Japanese day even when UTC is still on the day before', () => {
    expect(todayJst(new Date('2025-03-31T15:00:00Z'))).toBe('2025-04-01');
  });
});

describe('formatYen', () => {
  it.each([
    [46690, '46,690円'],
    [0, '0円'],
    [999, '999円'],
    [1000, '1,000円'],
    [1234567, '1,234,567円'],
    [-1200, '-1,200円'],
    [null, '—'],
    [undefined, '—'],
  ])('%s → %s', (amount, expected) => {
    expect(formatYen(amount)).toBe(expected);
  });
});

describe('ageOn', () => {
  it('counts a year on the birthday', () => {
    expect(ageOn('1970-03-02', '2025-03-01')).toBe(54);
    expect(ageOn('1970-03-02', '2025-03-02')).toBe(55);
    expect(ageOn('2025-03-01', '2025-10-01')).toBe(0);
  });

  it('someone born on 29 February completes a year on 1 March in other years', () => {
    expect(ageOn('2000-02-29', '2025-02-28')).toBe(24);
    expect(ageOn('2000-02-29', '2025-03-01')).toBe(25);
    expect(ageOn('2000-02-29', '2024-02-29')).toBe(24);
  });
});

describe('parseBirthDateInput', () => {
  const today = '2025-10-01';
  const parse = (text: string) => parseBirthDateInput(text, today);

  it.each([
    ['1970-03-02', '1970-03-02'],
    ['1970/3/2', '1970-03-02'],
    ['1970.3.2', '1970-03-02'],
    ['1970年3月2日', '1970-03-02'],
    ['19700302', '1970-03-02'],
    ['S45.3.2', '1970-03-02'],
    ['s45.3.2', '1970-03-02'],
    ['S45/03/02', '1970-03-02'],
    ['昭和45年3月2日', '1970-03-02'],
    ['昭和45.3.2', '1970-03-02'],
    [' 昭和 45年 3月 2日 ', '1970-03-02'],
    ['R7.4.1', '2025-04-01'],
    ['H31.4.30', '2019-04-30'],
    ['令和元年5月1日', '2019-05-01'],
    ['R元.5.1', '2019-05-01'],
    ['平成元年1月8日', '1989-01-08'],
    ['S64.1.7', '1989-01-07'],
    ['T15.12.24', '1926-12-24'],
    ['M45.7.29', '1912-07-29'],
    ['１９７０－０３－０２', '1970-03-02'],
    ['Ｓ４５．３．２', '1970-03-02'],
    ['昭和４５年３月２日', '1970-03-02'],
    ['㍼45年3月2日', '1970-03-02'],
    ['H12.2.29', '2000-02-29'],
  ])('%s → %s', (text, iso) => {
    expect(parse(text)).toEqual({ ok: true, iso });
  });

  it.each([
    ['H31.5.1', /平成31年5月1日は存在しません（平成は平成元年1月8日から平成31年4月30日まで）/],
    ['平成32年1月1日', /存在しません/],
    ['R1.4.30', /令和元年4月30日は存在しません/],
    ['S64.1.8', /存在しません/],
    ['H1.1.7', /存在しません/],
    ['1970-02-30', /存在しない日付/],
    ['S45.2.29', /存在しない日付/],
    ['1970-13-01', /存在しない日付/],
    ['S0.1.1', /昭和0年はありません/],
    ['X45.3.2', /読み取れません/],
    ['70/3/2', /読み取れません/],
    ['やまだ', /読み取れません/],
    ['', /入力してください/],
    ['1850-01-01', /明治より前/],
    ['2025-10-02', /未来の日付/],
    ['R7.10.2', /令和7年10月2日（2025-10-02）は未来の日付です/],
  ])('rejects %s', (text, message) => {
    const result = parse(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.messageJa).toMatch(message);
    expect(result.messageEn.length).toBeGreaterThan(0);
  });

  it('today itself is accepted; the default today is Japan time', () => {
    expect(parse('2025-10-01')).toEqual({ ok: true, iso: '2025-10-01' });
    expect(parseBirthDateInput('1970-03-02').ok).toBe(true);
  });

  it('explains in English too', () => {
    const result = parse('H31.5.1');
    expect(result).toMatchObject({ ok: false, messageEn: expect.stringContaining('does not exist') });
  });
});
