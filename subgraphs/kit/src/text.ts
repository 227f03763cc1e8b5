/**
 * Folds a name or reading for search: NFKC (half-width katakana and full-width letters to
 * their standard forms), hiragana to katakana, no spaces. 「やまだ　たろう」, 「ﾔﾏﾀﾞ ﾀﾛｳ」 and
 * 「ヤマダタロウ」 all fold to 「ヤマダタロウ」.
 */
export function foldForSearch(input: string): string {
  const nfkc = input.normalize('NFKC').replace(/[\s\u3000]+/g, '');
  let out = '';
  for (const ch of nfkc) {
    const code = ch.codePointAt(0) ?? 0;
    out += code >= 0x3041 && code <= 0x3096 ? String.fromCodePoint(code + 0x60) : ch;
  }
  return out.toUpperCase();
}

/** True when the folded text is a reading (katakana and the prolonged sound mark only). */
export function isKanaOnly(folded: string): boolean {
  return /^[\u30A1-\u30FC]+$/.test(folded);
}
