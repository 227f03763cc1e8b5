import { buildSchema, parse, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { readsPersonalData, supergraphPolicies } from './purpose-plugin';

const sdl = `
  directive @access(roles: [String!]!, scope: AccessScope = CASELOAD) on FIELD_DEFINITION
  enum AccessScope { PUBLIC IDENTIFY CASELOAD OWN }
  type Query {
    me: Staff! @access(roles: ["caseworker"], scope: PUBLIC)
    resident(atenaNo: ID!): Resident @access(roles: ["caseworker"], scope: IDENTIFY)
  }
  type Staff { staffId: ID! name: String! @access(roles: ["caseworker"], scope: PUBLIC) team: [Staff!]! @access(roles: ["caseworker"], scope: PUBLIC) }
  type Resident { atenaNo: ID! tax: String @access(roles: ["caseworker"]) }
`;
const schema = buildSchema(sdl);
const policies = supergraphPolicies(sdl);
const reads = (query: string) => {
  const document = parse(query);
  return readsPersonalData(schema, document, document.definitions.find((d) => d.kind === 'OperationDefinition') as OperationDefinitionNode, policies);
};

describe('the purpose rule', () => {
  it('reads each field\'s policy from the composed schema, CASELOAD by default', () => {
    expect(policies.get('Resident.tax')).toEqual({ roles: ['caseworker'], scope: 'CASELOAD' });
    expect(policies.get('Query.me')?.scope).toBe('PUBLIC');
  });

  it('needs no purpose for public fields only, however nested, through fragments too', () => {
    expect(reads('{ me { name team { name } __typename } }')).toBe(false);
    expect(reads('query { ...F } fragment F on Query { me { name } }')).toBe(false);
  });

  it('needs one as soon as anything else is asked, including key fields without a policy', () => {
    expect(reads('{ me { name } resident(atenaNo: "1") { atenaNo } }')).toBe(true);
    expect(reads('{ me { staffId } }')).toBe(true);
    expect(reads('query { ...F } fragment F on Query { resident(atenaNo: "1") { ... on Resident { tax } } }')).toBe(true);
  });
});
