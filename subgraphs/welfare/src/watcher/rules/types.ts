import type { GradeClass } from '@smart-casework/kit';

/** The kinds of change notice (異動通知) the watcher raises. */
export const NOTICE_KINDS = [
  '世帯員転出', '世帯員転入', '死亡', '出生',
  '児童扶養手当額変更', '特別児童扶養手当額変更', '児童手当変更',
  '年金受給開始', '年金額変更', '年金受給終了',
  '課税状況変更', '所得増加', '固定資産取得', '軽自動車取得',
  '介護認定変更', '障害等級変更',
  '国保資格取得', '国保資格喪失', '被用者保険加入',
] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];

/** What a rule knows besides the two snapshots. */
export interface RuleContext {
  /** The member's name (氏名), for the summary. */
  name: string;
  /** The detection day (ISO date; SC_TODAY in tests): the effective date when the data gives none. */
  today: string;
  /** The case's 級地 class, for 加算 amounts. */
  grade: GradeClass;
}

/** One change a rule found between the last snapshot and the current facts. */
export interface DetectedChange {
  kind: NoticeKind;
  /** Japanese, one line, with names and amounts. */
  summary: string;
  before: unknown;
  after: unknown;
  /** From the data (異動日, 改定日, 受給開始日 …); null when the data gives no date. */
  effectiveDate: string | null;
  /**
   * Effect on the monthly benefit in yen: negative when it should go down (income up, 加算
   * down), positive when it should go up; null when no income or 加算 amount changed.
   */
  estimatedMonthlyImpact: number | null;
  /**
   * Which item of the section changed (証書番号, 年金番号 …), when one section can carry two
   * changes of one kind at once: it keeps their dedupe keys apart.
   */
  subject?: string;
}

/** A section's rule: pure, from the facts before and after to the changes found. */
export type SectionRule<F> = (before: F, after: F, ctx: RuleContext) => DetectedChange[];

/** Monthly impact of an income change: income up by Δ means the benefit down by Δ. Null for no change. */
export function incomeImpact(monthlyIncomeDelta: number): number | null {
  return monthlyIncomeDelta === 0 ? null : -monthlyIncomeDelta;
}

/** Two values as the before/after of a summary ("なし" for none). */
export function arrow(before: string | null, after: string | null): string {
  return `${before ?? 'なし'} → ${after ?? 'なし'}`;
}

/** The effective date in brackets, as every summary ends. */
export function on(date: string | null): string {
  return date ? `（${date}）` : '';
}
