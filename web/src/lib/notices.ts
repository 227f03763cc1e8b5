/**
 * The notice inbox's rules that do not need a screen: its tabs, the order rows are shown in, how
 * an amount's direction is written, how live arrivals join the fetched list, what a resolution
 * note must hold and where a notice's household link goes. Pure, so the browser and the tests agree.
 */

export const NOTICE_STATUSES = ['UNREAD', 'ACKNOWLEDGED', 'RESOLVED'] as const;
export type NoticeStatusValue = (typeof NOTICE_STATUSES)[number];

export const NOTICE_TABS: readonly { status: NoticeStatusValue; label: string }[] = [
  { status: 'UNREAD', label: '未読' },
  { status: 'ACKNOWLEDGED', label: '確認済' },
  { status: 'RESOLVED', label: '処理済' },
];

/** The tab a query-string value names; 未読 when absent or unknown. */
export function noticeTab(value: string | null | undefined): NoticeStatusValue {
  return NOTICE_STATUSES.find((s) => s === value?.toUpperCase()) ?? 'UNREAD';
}

/** What ordering and merging need of a notice. */
export interface RankedNotice {
  id: string;
  dueDate: string;
  overpaymentPerMonth: number | null;
  detectedAt: string;
}

/** What each month of delay overpays; a notice without an overpayment comes after every one with. */
function yenWeight(n: RankedNotice): number {
  return n.overpaymentPerMonth ?? -1;
}

/**
 * The API's PRIORITY order, for rows the browser orders itself (live arrivals): the earliest due
 * date first, then the one that costs most per month of delay, then the first detected.
 */
export function comparePriority(a: RankedNotice, b: RankedNotice): number {
  return a.dueDate.localeCompare(b.dueDate) || yenWeight(b) - yenWeight(a) || a.detectedAt.localeCompare(b.detectedAt) || a.id.localeCompare(b.id);
}

/** 12000 → +12,000円 (the benefit rises); -12000 → -12,000円; 0 → 0円; null → —. */
export function formatSignedYen(amount: number | null | undefined): string {
  if (amount === null || amount === undefined || !Number.isFinite(amount)) return '—';
  const rounded = Math.round(amount);
  const digits = String(Math.abs(rounded)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const sign = rounded > 0 ? '+' : rounded < 0 ? '-' : '';
  return `${sign}${digits}円`;
}

/** 保護費が増える / 減る, for readers who do not take the sign in. */
export function impactDirection(amount: number | null | undefined): string {
  if (!amount) return '';
  return amount > 0 ? '増額' : '減額';
}

export interface InboxRow<N> {
  notice: N;
  /** Arrived live since the list was opened (shown first, marked 新着). */
  isNew: boolean;
}

/**
 * The rows of a tab: notices that arrived live first (in priority order among themselves, so
 * the newest do not hide an earlier deadline), then the fetched list in the API's order, each
 * notice once. `arrived` holds only notices that still belong on the tab.
 */
export function inboxRows<N extends RankedNotice>(fetched: readonly N[], arrived: readonly N[]): InboxRow<N>[] {
  const fresh = new Map(arrived.map((n) => [n.id, n]));
  const first = [...fresh.values()].sort(comparePriority).map((notice) => ({ notice, isNew: true }));
  const rest = fetched.filter((n) => !fresh.has(n.id)).map((notice) => ({ notice, isNew: false }));
  return [...first, ...rest];
}

export const NOTE_MAX_LENGTH = 1000;

/** The resolution note's rule (the API's too): required, not only spaces, at most 1,000 characters. */
export function resolutionNoteError(note: string): { ja: string; en: string } | null {
  const trimmed = note.trim();
  if (trimmed === '') return { ja: '処理内容（メモ）を入力してください。処理済にするには記録が必要です。', en: 'Enter a note: resolving a notice needs one.' };
  if (trimmed.length > NOTE_MAX_LENGTH) {
    return { ja: `処理内容は${NOTE_MAX_LENGTH}文字以内で入力してください（現在${trimmed.length}文字）。`, en: `The note is limited to ${NOTE_MAX_LENGTH} characters.` };
  }
  return null;
}

export interface NoticeLinkTarget {
  id: string;
  householdNo: string;
  section: string;
  atenaNo: string;
}

/** The household's investigation list, read for handling this notice, with the changed section to highlight. */
export function noticeHref(target: NoticeLinkTarget): string {
  const search = new URLSearchParams({ purpose: 'notice-handling', notice: target.id, section: target.section, atenaNo: target.atenaNo });
  return `/household/${encodeURIComponent(target.householdNo)}?${search.toString()}`;
}
