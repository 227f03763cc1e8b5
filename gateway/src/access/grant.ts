import type { GraphQLRequest } from '@apollo/server';
import type { Grant } from '@smart-casework/kit';
import { Kind, parse, type DocumentNode, type ValueNode } from 'graphql';
import type { Reach } from './reach';

/** The persons and households a subgraph request names: its representations or its root arguments. */
export interface FetchSubjects {
  atenaNos: Set<string>;
  householdNos: Set<string>;
}

const PERSON_ARGS = new Set(['atenaNo', 'atenaNos']);
const HOUSEHOLD_ARGS = new Set(['householdNo', 'householdNos']);

function collect(value: unknown, into: Set<string>): void {
  if (typeof value === 'string') into.add(value);
  else if (Array.isArray(value)) for (const item of value) collect(item, into);
}

function valueOf(node: ValueNode, variables: Record<string, unknown>): unknown {
  if (node.kind === Kind.VARIABLE) return variables[node.name.value];
  if (node.kind === Kind.STRING) return node.value;
  if (node.kind === Kind.LIST) return node.values.map((v) => valueOf(v, variables));
  return undefined;
}

// Query plans repeat the same few subgraph documents: parse each once.
const parsed = new Map<string, DocumentNode>();
function documentOf(query: string): DocumentNode {
  let document = parsed.get(query);
  if (!document) {
    document = parse(query);
    if (parsed.size > 2000) parsed.clear();
    parsed.set(query, document);
  }
  return document;
}

export function subjectsOfFetch(request: Pick<GraphQLRequest, 'query' | 'variables'>): FetchSubjects {
  const subjects: FetchSubjects = { atenaNos: new Set(), householdNos: new Set() };
  const variables = request.variables ?? {};
  const representations = variables.representations;
  if (Array.isArray(representations)) {
    for (const rep of representations as Record<string, unknown>[]) {
      collect(rep.atenaNo, subjects.atenaNos);
      collect(rep.householdNo, subjects.householdNos);
    }
    return subjects;
  }
  if (!request.query) return subjects;
  for (const definition of documentOf(request.query).definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    for (const selection of definition.selectionSet.selections) {
      if (selection.kind !== Kind.FIELD) continue;
      for (const argument of selection.arguments ?? []) {
        const into = PERSON_ARGS.has(argument.name.value) ? subjects.atenaNos : HOUSEHOLD_ARGS.has(argument.name.value) ? subjects.householdNos : null;
        if (into) collect(valueOf(argument.value, variables), into);
      }
    }
  }
  return subjects;
}

/**
 * What the caller may read of one fetch: the named persons their reach includes and their
 * households, and the named households it includes. A subgraph resolving anyone else refuses.
 */
export function grantFor(reach: Reach, subjects: FetchSubjects): Grant {
  if (reach === 'all') return 'all';
  const atenaNos: string[] = [];
  const householdNos = new Set<string>();
  for (const atenaNo of subjects.atenaNos) {
    const household = reach.members.get(atenaNo);
    if (household === undefined) continue;
    atenaNos.push(atenaNo);
    householdNos.add(household);
  }
  for (const householdNo of subjects.householdNos) if (reach.households.has(householdNo)) householdNos.add(householdNo);
  return { atenaNos, householdNos: [...householdNos] };
}
