import type { ApolloServerPlugin } from '@apollo/server';
import { accessDenied, policyOf, ROLE_PURPOSES, type FieldPolicy, type Purpose } from '@smart-casework/kit';
import { GraphQLError, Kind, parse, type DocumentNode, type FragmentDefinitionNode, type GraphQLSchema, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';
import type { GatewayContext } from '../context';

/** Every `@access` policy of the supergraph, by `Type.field` (composed there by @composeDirective). */
export function supergraphPolicies(supergraphSdl: string): Map<string, FieldPolicy> {
  const policies = new Map<string, FieldPolicy>();
  for (const definition of parse(supergraphSdl).definitions) {
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION && definition.kind !== Kind.OBJECT_TYPE_EXTENSION) continue;
    for (const field of definition.fields ?? []) {
      const policy = policyOf({ name: field.name.value, astNode: field } as Parameters<typeof policyOf>[0], definition.name.value);
      if (policy) policies.set(`${definition.name.value}.${field.name.value}`, policy);
    }
  }
  return policies;
}

type FieldTypes = { getFields?(): Record<string, { type: unknown }> };

/** The named type under lists and non-nulls (duck-typed: the gateway's schema may come from graphql's other copy). */
function namedType(type: unknown): string {
  let current = type as { ofType?: unknown; name?: string };
  while (current.ofType) current = current.ofType as typeof current;
  return current.name ?? '';
}

function asksPersonal(schema: GraphQLSchema, typeName: string, selectionSet: SelectionSetNode, fragments: Map<string, FragmentDefinitionNode>, policies: ReadonlyMap<string, FieldPolicy>): boolean {
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      const name = selection.name.value;
      if (name.startsWith('__')) continue;
      if (policies.get(`${typeName}.${name}`)?.scope !== 'PUBLIC') return true;
      const field = (schema.getType(typeName) as FieldTypes | undefined)?.getFields?.()[name];
      if (selection.selectionSet && field && asksPersonal(schema, namedType(field.type), selection.selectionSet, fragments, policies)) return true;
    } else {
      const fragment = selection.kind === Kind.INLINE_FRAGMENT ? selection : fragments.get(selection.name.value);
      if (fragment && asksPersonal(schema, fragment.typeCondition?.name.value ?? typeName, fragment.selectionSet, fragments, policies)) return true;
    }
  }
  return false;
}

/** Whether the operation asks for anything but PUBLIC fields (i.e. for personal data); a field without a policy counts as personal. */
export function readsPersonalData(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, policies: ReadonlyMap<string, FieldPolicy>): boolean {
  const fragments = new Map(document.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d] as const] : [])));
  const root = operation.operation === 'query' ? schema.getQueryType() : operation.operation === 'mutation' ? schema.getMutationType() : schema.getSubscriptionType();
  return asksPersonal(schema, root?.name ?? '', operation.selectionSet, fragments, policies);
}

/** The whole request is refused, so HTTP says so too (a field refused in a subgraph does not). */
function refusedWhole(error: GraphQLError): GraphQLError {
  return new GraphQLError(error.message, { extensions: { ...error.extensions, http: { status: 403 } } });
}

/**
 * The gateway's half of the purpose rule: an operation that reads personal data without a
 * purpose, or with one outside the caller's duties, is refused whole before any department is
 * asked. The subgraphs check it again per field.
 */
export function usePurposeRule(policies: ReadonlyMap<string, FieldPolicy>): ApolloServerPlugin<GatewayContext> {
  // Apollo keeps parsed documents (and so their operation nodes) while they are in use, and the
  // supergraph is static: the answer per operation node holds for the gateway's life.
  const personal = new WeakMap<OperationDefinitionNode, boolean>();
  const asksPersonalData = (schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode) => {
    let answer = personal.get(operation);
    if (answer === undefined) personal.set(operation, (answer = readsPersonalData(schema, document, operation, policies)));
    return answer;
  };
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, schema, contextValue }) {
          if (!operation || !asksPersonalData(schema, document, operation)) return;
          const { purpose, identity } = contextValue.caller;
          if (!purpose) throw refusedWhole(accessDenied('PURPOSE_REQUIRED'));
          if (!(ROLE_PURPOSES[identity.role] as readonly string[]).includes(purpose as Purpose)) throw refusedWhole(accessDenied('PURPOSE_NOT_ALLOWED', purpose));
        },
      };
    },
  };
}
