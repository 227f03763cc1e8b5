/**
 * The investigation list as the screen shows it, read from the DOM in the shape of the export
 * rows (web/src/lib/investigation-list.ts `investigationSheet`), so a test can say "the file
 * has the screen's rows".
 */
import type { Page } from 'playwright-core';

/** The little of the DOM read here (the tools workspace compiles without the DOM library). */
interface Node {
  readonly textContent: string | null;
  readonly firstChild: Node | null;
  closest(selector: string): Node | null;
  getAttribute(name: string): string | null;
  querySelector(selector: string): Node | null;
  querySelectorAll(selector: string): ArrayLike<Node>;
}

/** 要確認事項 as shown: [重要度, 世帯員（続柄）, 部署, 内容, コード]. */
export type FindingRow = [string, string, string, string, string];
/** A section line as shown: [宛名番号, 氏名（続柄）, 部署, 状態, 項目, 内容, 基準日時]. */
export type SectionRow = [string, string, string, string, string, string, string];

export async function screenFindings(page: Page): Promise<FindingRow[]> {
  return page.locator('[data-testid="findings"] tbody tr').evaluateAll((rows) =>
    (rows as unknown as Node[]).map((row) => Array.from(row.querySelectorAll('td'), (td) => (td.textContent ?? '').trim()) as FindingRow),
  );
}

export async function screenSections(page: Page): Promise<SectionRow[]> {
  return page.getByTestId('member').evaluateAll((members) =>
    (members as unknown as Node[]).flatMap((member) => {
      const text = (node: Node | null) => (node?.textContent ?? '').trim();
      // Hidden helpers (the member's name for screen readers, the state mark) are not shown text.
      const visible = (node: Node | null) => {
        let all = text(node);
        for (const hidden of Array.from(node?.querySelectorAll('.visually-hidden, [aria-hidden="true"]') ?? [])) all = all.replace(text(hidden), '');
        return all.trim();
      };
      const atenaNo = member.getAttribute('data-atena-no') ?? '';
      const who = text(member.querySelector('h3'));
      return Array.from(member.querySelectorAll('[data-department]')).flatMap((card) => {
        const head = [atenaNo, who, visible(card.querySelector('h4')), visible(card.querySelector('.state'))];
        const asOf = /基準日時\s*(.*)$/.exec(text(card.querySelector('footer')))?.[1]?.replace('—（取得できず）', '—') ?? '';
        const lines = Array.from(card.querySelectorAll('dl > div'));
        if (lines.length === 0) return [[...head, '—', text(card.querySelector('p')), asOf] as SectionRow];
        return lines.map((line) => [...head, text(line.querySelector('dt')), text(line.querySelector('dd')), asOf] as SectionRow);
      });
    }),
  );
}

/** The export's rows (after the header) in the screen's shape, with the amounts for a check of their own. */
export function exportedRows(rows: readonly (readonly (string | number | null)[])[]): { findings: FindingRow[]; sections: SectionRow[]; amounts: { value: string; amount: number }[] } {
  const s = (cell: string | number | null | undefined) => (cell === null || cell === undefined ? '' : String(cell));
  const findings: FindingRow[] = [];
  const sections: SectionRow[] = [];
  const amounts: { value: string; amount: number }[] = [];
  for (const [kind, name, relationship, atenaNo, department, state, item, content, amount, asOf] of rows) {
    if (kind === '要確認事項') findings.push([s(state), `${s(name)}（${s(relationship)}）`, s(department), s(content), s(item)]);
    else sections.push([s(atenaNo), `${s(name)}（${s(relationship)}）`, s(department), s(state), s(item), s(content), s(asOf)]);
    // CSV gives numbers back as text.
    const yen = typeof amount === 'string' && /^-?\d+$/.test(amount) ? Number(amount) : amount;
    if (typeof yen === 'number') amounts.push({ value: s(content), amount: yen });
  }
  return { findings, sections, amounts };
}

/** The members shown, by 宛名番号, in order. */
export async function shownMembers(page: Page): Promise<string[]> {
  return page.getByTestId('member').evaluateAll((members) => (members as unknown as Node[]).map((m) => m.getAttribute('data-atena-no') ?? ''));
}

export interface ShownSection {
  atenaNo: string;
  department: string;
  state: string;
  /** The department's name as the card's heading shows it. */
  label: string;
  text: string;
}

/** Every section card of the list, member by member. */
export async function shownSections(page: Page): Promise<ShownSection[]> {
  return page.locator('[data-testid="member"] [data-department]').evaluateAll((cards) =>
    (cards as unknown as Node[]).map((card) => ({
      atenaNo: card.closest('[data-testid="member"]')?.getAttribute('data-atena-no') ?? '',
      department: card.getAttribute('data-department') ?? '',
      state: card.getAttribute('data-state') ?? '',
      label: (card.querySelector('h4')?.firstChild?.textContent ?? '').trim(),
      text: card.textContent ?? '',
    })),
  );
}
