import { Kind, parse, type ConstDirectiveNode, type ObjectTypeDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { composeSupergraph } from '../compose';

const ROOTS = new Set(['Query', 'Mutation', 'Subscription']);

function keyFields(type: ObjectTypeDefinitionNode): Set<string> {
  const keys = new Set<string>();
  for (const directive of type.directives ?? []) {
    if (directive.name.value !== 'join__type') continue;
    const key = directive.arguments?.find((a) => a.name.value === 'key')?.value;
    if (key?.kind === Kind.STRING) for (const name of key.value.split(/\s+/)) keys.add(name);
  }
  return keys;
}

const isEntity = (type: ObjectTypeDefinitionNode) => (type.directives ?? []).some((d: ConstDirectiveNode) => d.name.value === 'join__type' && d.arguments?.some((a) => a.name.value === 'key'));

describe('every entry point to personal data declares who may read it', () => {
  const { supergraphSdl } = composeSupergraph();
  const types = parse(supergraphSdl).definitions.filter((d): d is ObjectTypeDefinitionNode => d.kind === Kind.OBJECT_TYPE_DEFINITION);

  it('every query, mutation and subscription field and every non-key field of every entity has @access', () => {
    const missing: string[] = [];
    for (const type of types) {
      if (!ROOTS.has(type.name.value) && !isEntity(type)) continue;
      const keys = ROOTS.has(type.name.value) ? new Set<string>() : keyFields(type);
      for (const field of type.fields ?? []) {
        if (keys.has(field.name.value)) continue;
        if (!(field.directives ?? []).some((d) => d.name.value === 'access')) missing.push(`${type.name.value}.${field.name.value}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('composes the policies into the supergraph, where a reader of the schema sees them', () => {
    expect(supergraphSdl).toContain('@link(url: "https://smart-casework.city/access/v1.0", import: ["@access"])');
    expect(supergraphSdl).toMatch(/tax: TaxRecord .*@access\(roles: \["caseworker", "supervisor", "tax", "service"\], scope: CASELOAD\)/);
  });
});
