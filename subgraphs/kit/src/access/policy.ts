import type { GraphQLField, GraphQLObjectType, GraphQLSchema } from 'graphql';
import { ROLES, type Role } from '../identity';

/** What a field discloses (the `AccessScope` enum of common.graphql). */
export type AccessScope = 'PUBLIC' | 'IDENTIFY' | 'CASELOAD' | 'OWN';
const SCOPES: readonly AccessScope[] = ['PUBLIC', 'IDENTIFY', 'CASELOAD', 'OWN'];

/** A field's `@access` policy. */
export interface FieldPolicy {
  roles: readonly Role[];
  scope: AccessScope;
}

/** `@access` of one field from its SDL, or null when it has none; unknown roles fail at start-up. */
export function policyOf(field: Pick<GraphQLField<unknown, unknown>, 'astNode' | 'name'>, typeName: string): FieldPolicy | null {
  const directive = field.astNode?.directives?.find((d) => d.name.value === 'access');
  if (!directive) return null;
  let roles: Role[] = [];
  let scope: AccessScope = 'CASELOAD';
  for (const argument of directive.arguments ?? []) {
    const { value } = argument;
    if (argument.name.value === 'roles' && value.kind === 'ListValue') {
      roles = value.values.map((v) => {
        const role = v.kind === 'StringValue' ? v.value : '';
        if (!(ROLES as readonly string[]).includes(role)) throw new Error(`@access on ${typeName}.${field.name}: unknown role "${role}"`);
        return role as Role;
      });
    }
    if (argument.name.value === 'scope' && value.kind === 'EnumValue') {
      if (!(SCOPES as readonly string[]).includes(value.value)) throw new Error(`@access on ${typeName}.${field.name}: unknown scope ${value.value}`);
      scope = value.value as AccessScope;
    }
  }
  return { roles, scope };
}

/**
 * By tag, not instanceof: buildSubgraphSchema may build with graphql's CommonJS copy while this
 * module loads the ES one (both are present under test runners and tsx).
 */
export function isObjectType(type: unknown): type is GraphQLObjectType {
  return Object.prototype.toString.call(type) === '[object GraphQLObjectType]';
}

/** Every `Type.field` policy of a schema. */
export function fieldPolicies(schema: GraphQLSchema): Map<string, FieldPolicy> {
  const policies = new Map<string, FieldPolicy>();
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const policy = policyOf(field, type.name);
      if (policy) policies.set(`${type.name}.${field.name}`, policy);
    }
  }
  return policies;
}
