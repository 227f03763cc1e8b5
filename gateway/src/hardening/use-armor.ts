import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { queryLimitExceeded, type QueryLimit } from '@smart-casework/kit';
import type { GraphQLError, ValidationContext, ValidationRule } from 'graphql';

/** The gateway's query limits (GRAPHQL_MAX_* in .env.example). */
export interface QueryLimits {
  /** Deepest field nesting (fragments followed). */
  maxDepth: number;
  /** Armor's static cost: 1 per scalar, 2 per object, growing with depth. */
  maxCost: number;
  /** Aliased fields per operation (alias bombs ask for one field thousands of times). */
  maxAliases: number;
  /** Directives per operation. */
  maxDirectives: number;
  /** Replace "Did you mean …" in errors, so that the schema cannot be guessed field by field. */
  blockFieldSuggestions: boolean;
}

/** Reports Armor's refusal as QUERY_LIMIT_EXCEEDED (Armor's own is a bare BAD_USER_INPUT). */
const reportAs = (limit: QueryLimit) => (context: ValidationContext | null, error: GraphQLError) => {
  context?.reportError(queryLimitExceeded(limit, error.message.replace(/^Syntax Error: /, '')));
};

const rejection = (limit: QueryLimit) => ({ propagateOnRejection: false, onReject: [reportAs(limit)], exposeLimits: true });

/**
 * GraphQL Armor's validation rules (depth, cost, aliases, directives) and, when asked, its
 * field-suggestion mask. Tokens are counted before parsing instead (resolve-document.ts): Armor's
 * Apollo token plugin throws from a hook where Apollo turns any error into a 500.
 */
export function useArmor<C extends BaseContext>(limits: QueryLimits): { plugins: ApolloServerPlugin<C>[]; validationRules: ValidationRule[] } {
  const armor = new ApolloArmor({
    maxDepth: { n: limits.maxDepth, ...rejection('depth') },
    costLimit: { maxCost: limits.maxCost, ...rejection('cost') },
    maxAliases: { n: limits.maxAliases, ...rejection('aliases') },
    maxDirectives: { n: limits.maxDirectives, ...rejection('directives') },
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: limits.blockFieldSuggestions },
  });
  const { plugins, validationRules } = armor.protect();
  return { plugins: plugins as ApolloServerPlugin<C>[], validationRules };
}
