import type { NoticeConnectionResolvers } from '../generated/graphql';

export const NoticeConnection: NoticeConnectionResolvers = {
  nodes: (connection) => connection.rows,
  pageInfo: (connection) => ({ endCursor: connection.endCursor, hasNextPage: connection.hasNextPage }),
  unreadCount: async (connection) => (await connection.counts()).unread,
  totalCount: async (connection) => (await connection.counts()).total,
  overdueCount: async (connection) => (await connection.counts()).overdue,
};
