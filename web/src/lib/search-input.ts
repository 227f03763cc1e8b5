/**
 * What the search box holds, judged as the caseworker types: a 宛名番号 (digits, checked against
 * its modulus-11 check digit before any lookup) or a name in kanji or kana, which the server folds.
 */
import { isValidRegistryNumber } from '@smart-casework/kit/numbers';

export type SearchInput =
  | { kind: 'empty' }
  | { kind: 'atenaNo'; value: string; valid: boolean; message: string }
  | { kind: 'name'; value: string };

export function classifySearchInput(text: string): SearchInput {
  const trimmed = text.trim();
  if (trimmed === '') return { kind: 'empty' };
  const digits = trimmed.normalize('NFKC').replace(/[\s-]/g, '');
  if (!/^\d+$/.test(digits)) return { kind: 'name', value: trimmed };
  if (digits.length < 8 || digits.length > 15) {
    return { kind: 'atenaNo', value: digits, valid: false, message: `宛名番号は8〜15桁の数字です（入力は${digits.length}桁）。` };
  }
  if (!isValidRegistryNumber(digits)) {
    return { kind: 'atenaNo', value: digits, valid: false, message: '宛名番号のチェックデジットが一致しません。番号を確認してください。' };
  }
  return { kind: 'atenaNo', value: digits, valid: true, message: '宛名番号として検索します（チェックデジット一致）。' };
}
