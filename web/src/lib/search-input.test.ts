import { describe, expect, it } from 'vitest';
import { classifySearchInput } from './search-input';

describe('classifySearchInput', () => {
  it('takes a name in kanji or kana as it is typed (the server folds kana and width)', () => {
    expect(classifySearchInput(' やまだ　たろう ')).toEqual({ kind: 'name', value: 'やまだ　たろう' });
    expect(classifySearchInput('ﾔﾏﾀﾞ')).toEqual({ kind: 'name', value: 'ﾔﾏﾀﾞ' });
    expect(classifySearchInput('山下 2')).toMatchObject({ kind: 'name' });
  });

  it('accepts a 宛名番号 whose check digit matches, in full-width digits or with spaces and hyphens', () => {
    expect(classifySearchInput('1000446382')).toMatchObject({ kind: 'atenaNo', value: '1000446382', valid: true });
    expect(classifySearchInput('１０００４４６３８２')).toMatchObject({ kind: 'atenaNo', value: '1000446382', valid: true });
    expect(classifySearchInput('10004-46382')).toMatchObject({ kind: 'atenaNo', value: '1000446382', valid: true });
  });

  it('rejects a wrong check digit and a wrong length before any lookup, saying which', () => {
    expect(classifySearchInput('1000446383')).toMatchObject({ kind: 'atenaNo', valid: false, message: expect.stringContaining('チェックデジット') });
    expect(classifySearchInput('1234567')).toMatchObject({ kind: 'atenaNo', valid: false, message: expect.stringContaining('7桁') });
    expect(classifySearchInput('1234567890123456')).toMatchObject({ valid: false });
  });

  it('sees an empty box as empty', () => {
    expect(classifySearchInput('  \u3000 ')).toEqual({ kind: 'empty' });
  });
});
