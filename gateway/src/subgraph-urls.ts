import { DEPARTMENTS, departmentUrl } from '@smart-casework/kit';
import { Kind, parse, type ConstDirectiveNode } from 'graphql';

function stringArgument(directive: ConstDirectiveNode, name: string): string | undefined {
  const value = directive.arguments?.find((a) => a.name.value === name)?.value;
  return value?.kind === Kind.STRING ? value.value : undefined;
}

/** The subgraphs a supergraph joins, with the URLs composition recorded. */
export function supergraphSubgraphs(supergraphSdl: string): { name: string; url: string }[] {
  const graphEnum = parse(supergraphSdl).definitions.find((d) => d.kind === Kind.ENUM_TYPE_DEFINITION && d.name.value === 'join__Graph');
  if (graphEnum?.kind !== Kind.ENUM_TYPE_DEFINITION) throw new Error('Not a supergraph: no join__Graph enum');
  return (graphEnum.values ?? []).flatMap((value) => {
    const directive = value.directives?.find((d) => d.name.value === 'join__graph');
    const name = directive && stringArgument(directive, 'name');
    return name ? [{ name, url: directive && stringArgument(directive, 'url') || '' }] : [];
  });
}

/**
 * Where each subgraph of the supergraph is reached: an explicit URL (tests, the stack), else
 * `<NAME>_URL` or the registry's port, resolved at start-up rather than baked in at composition.
 */
export function resolveSubgraphUrls(supergraphSdl: string, overrides: Record<string, string> = {}, env: NodeJS.ProcessEnv = process.env): Record<string, string> {
  return Object.fromEntries(
    supergraphSubgraphs(supergraphSdl).map(({ name, url }) => {
      const entry = DEPARTMENTS.find((d) => d.name === name);
      return [name, overrides[name] ?? (entry ? departmentUrl(entry, env) : url)];
    }),
  );
}
