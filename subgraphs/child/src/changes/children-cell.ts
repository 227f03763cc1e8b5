import { isValidRegistryNumber, parseIsoDate, type Message } from '@smart-casework/kit';
import type { ListedChild } from './columns';

/** Reads `宛名番号:生年月日;…` (the 対象児童 cell); a message instead when a part is wrong. */
export function parseChildren(cell: string): ListedChild[] | Message {
  const children: ListedChild[] = [];
  for (const part of cell.split(';').map((p) => p.trim()).filter((p) => p !== '')) {
    const [atenaNo = '', date = '', ...rest] = part.split(':').map((p) => p.trim());
    const birthDate = parseIsoDate(date);
    if (rest.length > 0 || !isValidRegistryNumber(atenaNo) || !birthDate) {
      return { ja: `対象児童「${part.slice(0, 30)}」は「宛名番号:生年月日」（チェックデジット付きの番号と YYYY-MM-DD）で書いてください。`, en: `対象児童 entry "${part.slice(0, 30)}" must be "atenaNo:YYYY-MM-DD" with a valid check digit` };
    }
    children.push({ atenaNo, birthDate });
  }
  if (new Set(children.map((c) => c.atenaNo)).size !== children.length) return { ja: '対象児童に同じ宛名番号が重複しています。', en: '対象児童 lists the same atenaNo twice' };
  return children;
}

/** Writes the 対象児童 cell, oldest child first (the birth order). */
export function formatChildren(children: readonly ListedChild[]): string {
  return [...children].sort((a, b) => a.birthDate.localeCompare(b.birthDate)).map((c) => `${c.atenaNo}:${c.birthDate}`).join(';');
}
