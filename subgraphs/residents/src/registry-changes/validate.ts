import type { ApplyContext, Message } from '@smart-casework/kit';
import { FUTURE_DATE_REASONS, HEAD, MOVE_IN_REASONS, REASON_GROUPS, type Reason, type RegistryRow } from './columns';

const SPACE = '\u3000';

/** 氏名 as stored: surname and given name separated by one full-width space; null when not two parts. */
export function normalizeName(raw: string): string | null {
  const name = raw.trim().replace(/[ \u3000]+/g, SPACE);
  return /^[^\s\u3000]+\u3000[^\s\u3000]+$/.test(name) ? name : null;
}

/** 氏名カナ as stored: full-width katakana (hiragana and half-width accepted), one full-width space. */
export function normalizeKana(raw: string): string | null {
  const folded = [...raw.normalize('NFKC').trim()].map((ch) => {
    const code = ch.codePointAt(0) ?? 0;
    return code >= 0x3041 && code <= 0x3096 ? String.fromCodePoint(code + 0x60) : ch;
  });
  const kana = folded.join('').replace(/\s+/g, SPACE);
  return /^[\u30A1-\u30FC]+\u3000[\u30A1-\u30FC]+$/.test(kana) ? kana : null;
}

const label: Record<keyof RegistryRow & string, string> = {
  line: '行', changeId: '異動ID', atenaNo: '宛名番号', reason: '異動事由', effectiveDate: '異動日',
  notifiedOn: '届出日', householdNo: '世帯番号', name: '氏名', nameKana: '氏名カナ', birthDate: '生年月日',
  sex: '性別', relationship: '続柄', address: '住所', postalCode: '郵便番号', previousAddress: '前住所',
};

function required(row: RegistryRow, fields: readonly (keyof RegistryRow & string)[]): Message[] {
  return fields
    .filter((field) => row[field] === null)
    .map((field) => ({ ja: `${row.reason}では「${label[field]}」が必要です。`, en: `${row.reason} needs "${label[field]}" (${field})` }));
}

function namesAndCodes(row: RegistryRow): Message[] {
  const problems: Message[] = [];
  if (row.name !== null && normalizeName(row.name) === null) problems.push({ ja: '氏名は姓と名を空白で区切って入力してください。', en: 'name must be surname and given name separated by a space' });
  if (row.nameKana !== null && normalizeKana(row.nameKana) === null) problems.push({ ja: '氏名カナはカタカナの姓と名を空白で区切って入力してください。', en: 'nameKana must be katakana surname and given name separated by a space' });
  if (row.postalCode !== null && !/^\d{3}-\d{4}$/.test(row.postalCode)) problems.push({ ja: `郵便番号「${row.postalCode}」は 123-4567 の形で入力してください。`, en: 'postal code must look like 123-4567' });
  return problems;
}

function dates(row: RegistryRow, processedOn: string): Message[] {
  const problems: Message[] = [];
  if (row.notifiedOn !== null && row.notifiedOn > processedOn) problems.push({ ja: `届出日 ${row.notifiedOn} が処理日 ${processedOn} より後です。`, en: `notified date ${row.notifiedOn} is after today ${processedOn}` });
  const advance = (FUTURE_DATE_REASONS as readonly Reason[]).includes(row.reason);
  // 転出届 is made before the move; every other notification follows the event.
  if (row.notifiedOn !== null && !advance && row.notifiedOn < row.effectiveDate) problems.push({ ja: `届出日 ${row.notifiedOn} が異動日 ${row.effectiveDate} より前です。`, en: `notified date ${row.notifiedOn} is before the effective date ${row.effectiveDate}` });
  if (row.birthDate !== null && row.birthDate > row.effectiveDate) problems.push({ ja: `生年月日 ${row.birthDate} が異動日 ${row.effectiveDate} より後です。`, en: `birth date ${row.birthDate} is after the effective date ${row.effectiveDate}` });
  if (row.reason === '出生' && row.birthDate !== null && row.birthDate !== row.effectiveDate) problems.push({ ja: '出生の異動日は生年月日と同じ日にしてください。', en: 'the effective date of 出生 must be the birth date' });
  return problems;
}

function perReason(row: RegistryRow): Message[] {
  const group = REASON_GROUPS[row.reason];
  if (group === '記載') return required(row, row.reason === '出生' ? ['householdNo', 'name', 'nameKana', 'sex', 'relationship'] : ['householdNo', 'name', 'nameKana', 'birthDate', 'sex', 'relationship']);
  if (row.reason === '世帯分離') {
    const problems = required(row, ['householdNo']);
    if (row.relationship !== null && row.relationship !== HEAD) problems.push({ ja: '世帯分離した人は新しい世帯の世帯主です（続柄は空欄か「世帯主」）。', en: 'a person who splits off heads the new household (relationship blank or 世帯主)' });
    return problems;
  }
  return [];
}

/** Rules within one row: what each reason needs, names, codes and dates (none notified after 処理日). The database is check()'s. */
export function validateRegistryRow(row: RegistryRow, context: ApplyContext): Message[] {
  const problems = [...perReason(row), ...namesAndCodes(row), ...dates(row, context.processedOn)];
  if (row.previousAddress !== null && !MOVE_IN_REASONS.includes(row.reason)) problems.push({ ja: '前住所は転入のときだけ入力します。', en: 'previous address is only for 転入' });
  return problems;
}
