import { addMonths, badUserInput, type Identity } from '@smart-casework/kit';
import type { NoticeRow, NoticeScope } from './data/notices';

/** Longest resolution note (処理内容) accepted, in characters. */
export const MAX_NOTE_LENGTH = 1000;

/**
 * Whose notices the caller sees: a caseworker the notices assigned to them, a supervisor the
 * team's (and any assigned to them), a service identity (the gateway's relay) all; anyone else
 * none (null: FORBIDDEN).
 */
export function noticeScope(identity: Identity): NoticeScope | null {
  if (identity.role === 'caseworker') return { kind: 'own', staffId: identity.staffId };
  if (identity.role === 'supervisor') return { kind: 'team', staffId: identity.staffId };
  if (identity.role === 'service') return { kind: 'all' };
  return null;
}

export function mayRead(identity: Identity, notice: NoticeRow): boolean {
  const scope = noticeScope(identity);
  if (!scope) return false;
  if (scope.kind === 'all') return true;
  return notice.assigned_to === scope.staffId || (scope.kind === 'team' && notice.supervisor_id === scope.staffId);
}

/** Acknowledging or resolving is the assignee's work or their supervisor's, never a batch's. */
export function mayAct(identity: Identity, notice: NoticeRow): boolean {
  return identity.role !== 'service' && (notice.assigned_to === identity.staffId || notice.supervisor_id === identity.staffId);
}

/** 期限超過: not resolved and the due date has passed. */
export function isOverdue(notice: Pick<NoticeRow, 'status' | 'due_date'>, today: string): boolean {
  return notice.status !== 'RESOLVED' && notice.due_date < today;
}

/** Whole calendar months from `from` to `to` (0 when `to` is not later). */
export function wholeMonthsBetween(from: string, to: string): number {
  if (to <= from) return 0;
  const months = (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 + Number(to.slice(5, 7)) - Number(from.slice(5, 7));
  return addMonths(from, months) > to ? months - 1 : months;
}

/**
 * 返還金 accrued so far: the overpayment per month times the whole months since the change took
 * effect, up to today or, once resolved (the benefit corrected), up to the resolution.
 */
export function accruedOverpayment(notice: Pick<NoticeRow, 'overpayment_per_month' | 'effective_date' | 'resolved_at'>, today: string): number | null {
  if (notice.overpayment_per_month === null || notice.effective_date === null) return null;
  const until = notice.resolved_at ? notice.resolved_at.slice(0, 10) : today;
  return notice.overpayment_per_month * wholeMonthsBetween(notice.effective_date, until);
}

/** The resolution note (処理内容), trimmed; blank or too long is BAD_USER_INPUT. */
export function resolutionNote(note: string): string {
  const trimmed = note.trim();
  if (trimmed.length === 0) throw badUserInput('処理内容を入力してください。', 'A resolution note is required', 'note');
  if ([...trimmed].length > MAX_NOTE_LENGTH) {
    throw badUserInput(`処理内容は${MAX_NOTE_LENGTH}文字以内で入力してください。`, `The resolution note must be at most ${MAX_NOTE_LENGTH} characters`, 'note');
  }
  return trimmed;
}

const CURSOR_PREFIX = 'notice:';

/** An opaque cursor over the notice's arrival order (seq); every order pages by it. */
export function cursorOf(seq: number): string {
  return Buffer.from(`${CURSOR_PREFIX}${seq}`).toString('base64url');
}

export function seqOfCursor(cursor: string): number {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const seq = text.startsWith(CURSOR_PREFIX) ? Number(text.slice(CURSOR_PREFIX.length)) : NaN;
  if (!Number.isSafeInteger(seq) || seq < 0) throw badUserInput('カーソルの値が正しくありません。', 'The cursor is not one this API returned', 'after');
  return seq;
}
