import { forbidden, notFound } from '@smart-casework/kit';
import type { Context } from '../context';
import { acknowledgeNotice, resolveNotice, type NoticeRow } from '../data/notices';
import type { MutationResolvers } from '../generated/graphql';
import { mayAct, resolutionNote } from '../notice-rules';
import { closeApplication, registerApplication } from './application-mutations';

/** The notice the caller is about to handle: NOT_FOUND when unknown, FORBIDDEN unless assignee or their supervisor. */
async function noticeToHandle(noticeId: string, { caller, loaders }: Context): Promise<NoticeRow> {
  const row = await loaders.noticeById.load(noticeId);
  if (!row) throw notFound(`異動通知 ${noticeId} は見つかりません。`, `No change notice ${noticeId}`);
  if (!mayAct(caller.identity, row)) throw forbidden('Only the assigned caseworker or their supervisor may handle this notice');
  return row;
}

/** The notice as written; a row gone between the statements is as good as unknown. */
function written(noticeId: string, row: NoticeRow | null, { loaders }: Context): NoticeRow {
  if (!row) throw notFound(`異動通知 ${noticeId} は見つかりません。`, `No change notice ${noticeId}`);
  loaders.noticeById.clear(noticeId).prime(noticeId, row);
  return row;
}

export const Mutation: MutationResolvers = {
  acknowledgeNotice: async (_parent, { id }, context) => {
    const row = await noticeToHandle(id, context);
    if (row.status !== 'UNREAD') return row;
    return written(id, await acknowledgeNotice(context.db, id, context.caller.identity.staffId, new Date().toISOString()), context);
  },
  resolveNotice: async (_parent, { id, note }, context) => {
    const text = resolutionNote(note);
    const row = await noticeToHandle(id, context);
    if (row.status === 'RESOLVED') return row;
    return written(id, await resolveNotice(context.db, id, context.caller.identity.staffId, new Date().toISOString(), text), context);
  },
  registerApplication: (_parent, args, context) => registerApplication(args, context),
  closeApplication: (_parent, args, context) => closeApplication(args, context),
};
