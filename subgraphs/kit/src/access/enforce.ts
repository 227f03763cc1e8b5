import { defaultFieldResolver, Kind, type FieldNode, type GraphQLFieldResolver, type GraphQLResolveInfo, type GraphQLSchema, type SelectionSetNode } from 'graphql';
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

/** One guarded field: what it is and how it is resolved (built once at start-up). */
interface Guard<C> {
  department: string;
  typeName: string;
  /** `Type.field`, as disclosures and refusals name it. */
  label: string;
  policy: FieldPolicy;
  resolve: GraphQLFieldResolver<unknown, C>;
  hooks: AccessHooks<C>;
  /**
   * What an allowed call discloses depends only on the field's selection, and documents are
   * parsed once and cached: a household's list resolves the same node for every member.
   */
  disclosedByNode: WeakMap<FieldNode, string[]>;
  /**
   * Whether the audit names what was asked of the field's value (`tax.lightVehicles`): for a
   * section type without policies of its own. An entity's fields are guarded, and named, themselves.
   */
  namesSelection: boolean;
}

function subjectsFor<C>(guard: Guard<C>, parent: unknown, args: Record<string, unknown>): Subject[] {
  return guard.hooks.subjectOf?.(guard.typeName, parent, args) ?? subjectsOf(parent, args);
}

/** Whom a line of the audit trail names: the subjects, or one line naming nobody. */
const logged = (subjects: Subject[]): Subject[] => (subjects.length > 0 ? subjects : [{}]);

function deny<C>(guard: Guard<C>, access: RequestAccess, subjects: Subject[], reason: AccessDenialReason): never {
  const fields = [guard.label];
  for (const subject of logged(subjects)) access.log.record(subject, fields, 'denied', reason);
  throw accessDenied(reason, guard.label);
}

function disclosed<C>(guard: Guard<C>, info: GraphQLResolveInfo): string[] {
  if (!guard.namesSelection) return [guard.label];
  const node = info.fieldNodes.length === 1 ? info.fieldNodes[0] : undefined;
  if (!node) return disclosedFields(guard.label, info);
  let fields = guard.disclosedByNode.get(node);
  if (!fields) guard.disclosedByNode.set(node, (fields = disclosedFields(guard.label, info)));
  return fields;
}

/**
 * Resolves, and records the disclosure once the resolver has answered: a lookup its resolver
 * refuses (a malformed 宛名番号) disclosed nothing, and the refusal is audited as such.
 */
function allow<C>(guard: Guard<C>, access: RequestAccess, subjects: Subject[], call: Parameters<GraphQLFieldResolver<unknown, C>>): unknown {
  const result = guard.resolve(...call);
  if (guard.policy.scope === 'PUBLIC') return result;
  const record = () => {
    const fields = disclosed(guard, call[3]);
    for (const subject of logged(subjects)) access.log.record(subject, fields, 'allowed');
  };
  if (result instanceof Promise) {
    return result.then((value: unknown) => {
      record();
      return value;
    });
  }
  record();
  return result;
}

function wrap<C extends AccessContext>(guard: Guard<C>): GraphQLFieldResolver<unknown, C> {
  const { policy, hooks } = guard;
  return (parent, args, context, info) => {
    const access = requestAccess(context, guard.department);
    const call: Parameters<GraphQLFieldResolver<unknown, C>> = [parent, args, context, info];
    const denial = staticDenial(policy, context.caller);
    if (denial) return deny(guard, access, subjectsFor(guard, parent, args), denial);
    const subjects = subjectsFor(guard, parent, args);
    if (policy.scope !== 'CASELOAD' || !LIMITED_ROLES.has(context.caller.identity.role)) return allow(guard, access, subjects, call);
    const byGrant = () => subjects.length > 0 && subjects.every((subject) => reaches(access.grant, subject));
    const own = hooks.reaches?.(context, guard.typeName, parent);
    if (own instanceof Promise) return own.then((reached) => ((reached ?? byGrant()) ? allow(guard, access, subjects, call) : deny(guard, access, subjects, 'OUT_OF_CASELOAD')));
    return (own ?? byGrant()) ? allow(guard, access, subjects, call) : deny(guard, access, subjects, 'OUT_OF_CASELOAD');
  };
}

/** The named type under lists and non-nulls (duck-typed, like isObjectType). */
function namedType(type: unknown): unknown {
  let current = type as { ofType?: unknown };
  while (current.ofType) current = current.ofType as { ofType?: unknown };
  return current;
}

function hasPolicies(type: unknown): boolean {
  if (!isObjectType(type)) return false;
  return Object.values(type.getFields()).some((field) => policyOf(field, type.name) !== null);
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
      const resolve = (field.resolve ?? defaultFieldResolver) as GraphQLFieldResolver<unknown, C>;
      const namesSelection = !hasPolicies(namedType(field.type));
      field.resolve = wrap<C>({ department, typeName: type.name, label: `${type.name}.${field.name}`, policy, resolve, hooks, disclosedByNode: new WeakMap(), namesSelection });
      guarded += 1;
    }
  }
  return guarded;
}
