import { buildSchema, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { sha256Hex, type PersistedDocuments } from './persisted-documents';
import { subscriptionGuard } from './subscription-gate';
import { useArmor } from './use-armor';

const REGISTERED = 'subscription Live { noticeAdded { id } }';
const documents: PersistedDocuments = { get: (h) => (h === sha256Hex(REGISTERED) ? REGISTERED : undefined), refresh() {}, size: 1, files: [] };
const schema = buildSchema('type Query { a: Int } type Notice { id: ID! next: Notice } type Subscription { noticeAdded: Notice! }');
const armor = useArmor({ maxDepth: 3, maxCost: 1000, maxAliases: 1, maxDirectives: 5, blockFieldSuggestions: true });

describe('graphql-ws subscribe messages follow the HTTP rules', () => {
  it('persisted mode: a known hash runs its registered text; anything else is refused', () => {
    const guard = subscriptionGuard({ documents, mode: 'persisted', maxTokens: 100 }, armor.validationRules);
    const byHash = { query: '', extensions: { persistedQuery: { version: 1, sha256Hash: sha256Hex(REGISTERED) } } };
    expect(guard.onSubscribe(byHash)).toBeUndefined();
    expect(byHash.query).toBe(REGISTERED);
    const unknown = { query: 'subscription { noticeAdded { id next { id } } }' };
    expect(guard.onSubscribe(unknown)?.[0]?.extensions).toMatchObject({ code: 'PERSISTED_QUERY_NOT_FOUND' });
  });

  it('any mode: arbitrary text is let through, within the limits', () => {
    const guard = subscriptionGuard({ documents, mode: 'any', maxTokens: 100 }, armor.validationRules);
    expect(guard.onSubscribe({ query: 'subscription { noticeAdded { id } }' })).toBeUndefined();
    const deep = parse('subscription { noticeAdded { next { next { next { id } } } } }');
    expect(guard.validate(schema, deep).map((e) => e.extensions)).toEqual([expect.objectContaining({ code: 'QUERY_LIMIT_EXCEEDED', limit: 'depth' })]);
    expect(guard.validate(schema, parse(REGISTERED))).toEqual([]);
  });
});
