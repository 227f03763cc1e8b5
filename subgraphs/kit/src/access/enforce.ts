import { defaultFieldResolver, Kind, type GraphQLFieldResolver, type GraphQLResolveInfo, type GraphQLSchema, type SelectionSetNode } from 'graphql';
import { accessDenied, type AccessDenialReason } from '../errors';
import { ROLE_DIVISIONS, ROLE_PURPOSES, type Caller, type Purpose } from '../identity';
import { DisclosureLog } from './disclosures';
import { isObjectType, policyOf, type FieldPolicy } from './policy';
import { grantSets, reaches, subjectsOf, type GrantSets, type Subject } from './subjects';

/** What the access checks keep per request, on the context. */
export interface RequestAccess {
  log: DisclosureLog;
  grant: GrantSets;
}

/** A department's own answers where the repository's naming is not enough. */
export interface AccessHooks<C = unknown> {
  /** Whom `Type.field` is about when its parent or arguments do not say it by name. */
  subjectOf?(typeName: string, parent: unknown, args: Record<string, unknown>): Subject[] | undefined;
  /** Whether the caller reaches a CASELOAD field of a type the department owns (e.g. its own cases); undefined: ask the grant. */
  reaches?(context: C, typeName: string, parent: unknown): boolean | undefined | Promise<boolean | undefined>;
}

interface AccessContext {
  caller: Caller;
  access?: RequestAccess;
}

/** The request's access state, created on first use (tests may build contexts without it). */
export function requestAccess(context: AccessContext, department: string): RequestAccess {
  context.access ??= { log: new DisclosureLog(department), grant: grantSets(context.caller.grant) };
  return context.access;
}

function selectionNames(selectionSet: SelectionSetNode | undefined, info: GraphQLResolveInfo, into: Set<string>): void {
  for (const selection of selectionSet?.selections ?? []) {
    if (selection.kind === Kind.FIELD) {
      if (!selection.name.value.startsWith('__')) into.add(selection.name.value);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) selectionNames(selection.selectionSet, info, into);
    else selectionNames(info.fragments[selection.name.value]?.selectionSet, info, into);
  }
}

/** `Resident.tax` and, for an object field, what was asked of it: `tax.lightVehicles` … */
function disclosedFields(label: string, info: GraphQLResolveInfo): string[] {
  const names = new Set<string>();
  for (const node of info.fieldNodes) selectionNames(node.selectionSet, info, names);
  return [label, ...[...names].map((name) => `${info.fieldName}.${name}`)];
}

/** The checks that need no data: role (and its division) and purpose. */
function staticDenial(policy: FieldPolicy, caller: Caller): AccessDenialReason | null {
  const { role, division } = caller.identity;
  if (!policy.roles.includes(role) || ROLE_DIVISIONS[role] !== division) return 'ROLE';
  if (policy.scope === 'PUBLIC') return null;
  if (!caller.purpose) return 'PURPOSE_REQUIRED';
  if (!(ROLE_PURPOSES[role] as readonly string[]).includes(caller.purpose as Purpose)) return 'PURPOSE_NOT_ALLOWED';
  return null;
}

const LIMITED_ROLES = new Set(['caseworker', 'supervisor']);

function wrap<C extends AccessContext>(department: string, typeName: string, policy: FieldPolicy, resolve: GraphQLFieldResolver<unknown, C>, hooks: AccessHooks<C>): GraphQLFieldResolver<unknown, C> {
  const label = `${typeName}.`;
  return (parent, args, context, info) => {
    const access = requestAccess(context, department);
    const subjects = () => {
      const found = hooks.subjectOf?.(typeName, parent, args) ?? subjectsOf(parent, args);
      return found.length > 0 ? found : [{}];
    };
    const deny = (reason: AccessDenialReason) => {
      const fields = [label + info.fieldName];
      for (const subject of subjects()) access.log.record(subject, fields, 'denied', reason);
      throw accessDenied(reason, label + info.fieldName);
    };
    const allow = () => {
      if (policy.scope !== 'PUBLIC') {
        const fields = disclosedFields(label + info.fieldName, info);
        for (const subject of subjects()) access.log.record(subject, fields, 'allowed');
      }
      return resolve(parent, args, context, info);
    };
    const denial = staticDenial(policy, context.caller);
    if (denial) return deny(denial);
    if (policy.scope !== 'CASELOAD' || !LIMITED_ROLES.has(context.caller.identity.role)) return allow();
    const byGrant = () => {
      const found = hooks.subjectOf?.(typeName, parent, args) ?? subjectsOf(parent, args);
      return found.length > 0 && found.every((subject) => reaches(access.grant, subject));
    };
    const own = hooks.reaches?.(context, typeName, parent);
    if (own instanceof Promise) return own.then((reached) => ((reached ?? byGrant()) ? allow() : deny('OUT_OF_CASELOAD')));
    return (own ?? byGrant()) ? allow() : deny('OUT_OF_CASELOAD');
  };
}

/**
 * Puts every `@access` policy of the schema in front of its resolver (defence in depth: the
 * gateway checks the purpose, each subgraph everything). Returns how many fields it guards.
 */
export function enforceAccess<C extends AccessContext>(schema: GraphQLSchema, department: string, hooks: AccessHooks<C> = {}): number {
  let guarded = 0;
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const policy = policyOf(field, type.name);
      if (!policy) continue;
      field.resolve = wrap(department, type.name, policy, (field.resolve ?? defaultFieldResolver) as GraphQLFieldResolver<unknown, C>, hooks);
      guarded += 1;
    }
  }
  return guarded;
}
