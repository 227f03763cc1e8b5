import { createRequire } from 'node:module';
import { buildSchema, type GraphQLSchema } from 'graphql';

/**
 * The gateway's API schema as this module's graphql sees it. @apollo/gateway builds its schema
 * with the CommonJS graphql; under vitest this code gets the ESM copy, and graphql refuses
 * schema objects from another copy, so the schema is printed by the copy that built it.
 */
export function apiSchemaOf(gatewaySchema: unknown): GraphQLSchema {
  const gatewayGraphql = createRequire(import.meta.url)('graphql') as typeof import('graphql');
  return buildSchema(gatewayGraphql.printSchema(gatewaySchema as GraphQLSchema));
}

/** Whether the graph offers `Subscription.noticeAdded` (welfare declares it once notices exist). */
export function hasNoticeSubscription(schema: GraphQLSchema): boolean {
  return schema.getSubscriptionType()?.getFields().noticeAdded !== undefined;
}
