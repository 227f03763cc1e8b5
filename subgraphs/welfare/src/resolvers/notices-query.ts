import { badUserInput, forbidden, today } from '@smart-casework/kit';
import type { Context } from '../context';
import { noticeCounts, noticePage, type NoticeFilter, type NoticeScope } from '../data/notices';
import type { QueryNoticeArgs, QueryNoticesArgs } from '../generated/graphql';
import type { NoticeConnectionModel } from '../models';
import { cursorOf, noticeScope, seqOfCursor } from '../notice-rules';
import { visibleNotice } from './change-notice';

const MAX_PAGE = 200;
const DEFAULT_PAGE = 50;

function callerScope({ caller }: Context): NoticeScope {
  const scope = noticeScope(caller.identity);
  if (!scope) throw forbidden('Change notices are for the welfare office and its services');
  return scope;
}

function pageSize(first: number | null | undefined): number {
  const size = first ?? DEFAULT_PAGE;
  if (!Number.isInteger(size) || size < 0 || size > MAX_PAGE) {
    throw badUserInput(`first は 0 から ${MAX_PAGE} までの整数で指定してください。`, `first must be an integer from 0 to ${MAX_PAGE}`, 'first');
  }
  return size;
}

function noticeFilter(scope: NoticeScope, args: QueryNoticesArgs): NoticeFilter {
  // A caseworker naming someone else would only ever get an empty page: say why instead.
  if (scope.kind === 'own' && args.staffId && args.staffId !== scope.staffId) throw forbidden('A caseworker sees only their own notices');
  return { scope, assignedTo: args.staffId ?? null, status: args.status ?? null, overdueOnly: args.overdueOnly ?? false, today: today() };
}

/** Query.notices: a page in arrival or priority order, with the inbox's counts read only when selected. */
export async function notices(args: QueryNoticesArgs, context: Context): Promise<NoticeConnectionModel> {
  const filter = noticeFilter(callerScope(context), args);
  const first = pageSize(args.first);
  const afterSeq = args.after ? seqOfCursor(args.after) : null;
  const { rows, hasNextPage } = await noticePage(context.db, filter, { first, afterSeq, orderBy: args.orderBy ?? 'ARRIVAL' });
  for (const row of rows) context.loaders.noticeById.prime(row.notice_id, row);
  const last = rows.at(-1);
  let counts: ReturnType<NoticeConnectionModel['counts']> | undefined;
  return { rows, hasNextPage, endCursor: last ? cursorOf(last.seq) : (args.after ?? null), counts: () => (counts ??= noticeCounts(context.db, filter)) };
}

/** Query.notice: null when unknown; FORBIDDEN for a role without notices or a notice of another caseload. */
export async function notice(args: QueryNoticeArgs, context: Context) {
  callerScope(context);
  return visibleNotice(args.id, context);
}
