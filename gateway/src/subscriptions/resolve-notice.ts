import type { ApolloServer } from '@apollo/server';
import type { Identity, Logger } from '@smart-casework/kit';
import type { FormattedExecutionResult } from 'graphql';
import type { ClientInfo, GatewayContext } from '../context';
import type { NoticeEvent } from './bus';
import { NOTICE_ID_VARIABLE } from './rewrite';

/** A subscription's rewritten query, printed once when the client subscribes. */
export interface PreparedNoticeQuery {
  query: string;
  operationName: string | null;
  variables: Record<string, unknown>;
  /** Where the notice lands in the result (the subscriber's alias or `noticeAdded`). */
  responseKey: string;
}

/** Resolves one event for one subscriber; null when the notice is not visible to them. */
export type NoticeResolver = (prepared: PreparedNoticeQuery, identity: Identity, event: NoticeEvent, client: ClientInfo) => Promise<FormattedExecutionResult | null>;

const internalError = { message: '内部エラーが発生しました。時間をおいて再度お試しください。', extensions: { code: 'INTERNAL_SERVER_ERROR', messageEn: 'Internal error' } };

/** The context an event is resolved in: the subscriber, their reach, the terminal that subscribed. */
export type NoticeContextFactory = (identity: Identity, purpose: string, client: ClientInfo) => GatewayContext;

/**
 * Runs the subscriber's selection through the federated graph as the subscriber, stating the
 * purpose `notice-handling`, so that every department applies its own access rules to it. A
 * failure becomes GraphQL errors in that event: the socket stays open.
 */
export function createNoticeResolver(apollo: ApolloServer<GatewayContext>, contextFor: NoticeContextFactory, logger: Logger): NoticeResolver {
  return async (prepared, identity, event, client) => {
    const contextValue = contextFor(identity, 'notice-handling', client);
    try {
      const response = await apollo.executeOperation(
        { query: prepared.query, operationName: prepared.operationName ?? undefined, variables: { ...prepared.variables, [NOTICE_ID_VARIABLE]: event.id } },
        { contextValue },
      );
      if (response.body.kind !== 'single') return { errors: [internalError] };
      const { data, errors } = response.body.singleResult;
      const notice = data?.[prepared.responseKey];
      if (notice === null || notice === undefined) {
        // Gone, or no longer this subscriber's (reassigned since): no event rather than an error.
        const notForThem = !errors || errors.every((e) => e.extensions?.code === 'FORBIDDEN');
        return notForThem ? null : { data: null, errors };
      }
      return errors && errors.length > 0 ? { data, errors } : { data };
    } catch (error) {
      logger.error({ err: error, noticeId: event.id, requestId: contextValue.caller.requestId }, 'notice event could not be resolved');
      return { errors: [internalError] };
    }
  };
}
