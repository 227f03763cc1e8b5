import { buildSchema, parse, print } from 'graphql';
import { describe, expect, it } from 'vitest';
import { toNoticeQuery, validateNoticeSubscription } from './rewrite';

const schema = buildSchema(`
  type Query { notice(id: ID!): ChangeNotice  me: String }
  type Mutation { acknowledgeNotice(id: ID!): ChangeNotice! }
  type Subscription { noticeAdded: ChangeNotice!  other: String }
  type ChangeNotice { id: ID!  summary(short: Boolean): String!  resident: Resident! }
  type Resident { name: String! }
`);
const noNotice = buildSchema('type Query { me: String } type Subscription { noticeAdded: N! } type N { id: ID! }');

const rewritten = (source: string) => {
  const { document, responseKey } = toNoticeQuery(schema, parse(source));
  return { query: print(document), responseKey };
};
const messages = (source: string, on = schema) => validateNoticeSubscription(on, parse(source)).map((e) => e.extensions.messageEn ?? e.message);

describe('toNoticeQuery', () => {
  it('turns the subscription into a notice(id:) query, keeping variables and directives', () => {
    const { query, responseKey } = rewritten('subscription Live($short: Boolean) { noticeAdded { id summary(short: $short) @skip(if: false) } }');
    expect(query).toBe(print(parse('query Live($short: Boolean, $__noticeId: ID!) { noticeAdded: notice(id: $__noticeId) { id summary(short: $short) @skip(if: false) } }')));
    expect(responseKey).toBe('noticeAdded');
  });

  it('keeps the alias and fragments; fragments on Subscription move to Query', () => {
    const { query, responseKey } = rewritten(`subscription { ...Root }
      fragment Root on Subscription { mine: noticeAdded { ...Fields ... on ChangeNotice { resident { name } } } }
      fragment Fields on ChangeNotice { id }`);
    expect(query).toBe(print(parse(`query($__noticeId: ID!) { ...Root }
      fragment Root on Query { mine: notice(id: $__noticeId) { ...Fields ... on ChangeNotice { resident { name } } } }
      fragment Fields on ChangeNotice { id }`)));
    expect(responseKey).toBe('mine');
    expect(validateNoticeSubscription(schema, parse(query.replace('query', 'subscription')))).not.toHaveLength(0);
  });
});

describe('validateNoticeSubscription', () => {
  it('accepts a noticeAdded subscription, through fragments too', () => {
    expect(messages('subscription { noticeAdded { id resident { name } } }')).toEqual([]);
    expect(messages('subscription { ...R } fragment R on Subscription { noticeAdded { id } }')).toEqual([]);
  });

  it('refuses queries and mutations: they go over HTTP', () => {
    expect(messages('{ me }')).toEqual([expect.stringMatching(/^Only subscriptions \(noticeAdded\) are served over WebSocket/)]);
    expect(messages('mutation { acknowledgeNotice(id: "N1") { id } }')).toHaveLength(1);
  });

  it('refuses other subscription fields, the reserved variable and invalid documents', () => {
    expect(messages('subscription { other }')).toEqual(['Only noticeAdded may be subscribed to, not other']);
    expect(messages('subscription ($__noticeId: Boolean) { noticeAdded { summary(short: $__noticeId) } }')).toEqual(['The variable name $__noticeId is reserved']);
    expect(messages('subscription { noticeAdded { nope } }')).toEqual([expect.stringMatching(/Cannot query field "nope"/)]);
  });

  it('reports what graphql-js throws while validating as an error, not an exception', () => {
    // SingleFieldSubscriptionsRule evaluates root directives without variable values, and throws.
    expect(messages('subscription ($on: Boolean!) { noticeAdded @include(if: $on) { id } }')).toEqual([expect.stringMatching(/\$on/)]);
  });

  it('refuses when the graph has no Query.notice to resolve events with', () => {
    expect(messages('subscription { noticeAdded { id } }', noNotice)).toEqual([expect.stringMatching(/Cannot query field "notice" on type "Query"/)]);
  });
});
