import { ApolloServer } from '@apollo/server';
import { describe, expect, it } from 'vitest';
import { holdsControlCharacter, useControlCharacterRule } from './control-characters';

describe('control characters in arguments', () => {
  it('finds them in strings, lists and input objects; tab, line feed and carriage return are text', () => {
    expect(holdsControlCharacter('a\u0000b')).toBe(true);
    expect(holdsControlCharacter(['ok', { note: 'bell\u0007' }])).toBe(true);
    expect(holdsControlCharacter('del\u007F')).toBe(true);
    expect(holdsControlCharacter('line one\nline two\r\n\tindented')).toBe(false);
    expect(holdsControlCharacter({ n: 1, b: true, s: '米子　陽子', rtl: '\u202Eabc' })).toBe(false);
  });

  it('refuses a request with one, in a variable or a literal, as BAD_USER_INPUT before any resolver runs', async () => {
    let resolved = 0;
    const server = new ApolloServer({
      typeDefs: 'type Query { echo(text: String!): String! }',
      resolvers: { Query: { echo: (_: unknown, { text }: { text: string }) => ((resolved += 1), text) } },
      plugins: [useControlCharacterRule()],
    });
    const codeOf = async (query: string, variables?: Record<string, unknown>) => {
      const { body } = await server.executeOperation({ query, variables });
      return body.kind === 'single' ? (body.singleResult.errors?.[0]?.extensions?.code ?? body.singleResult.data) : null;
    };
    expect(await codeOf('query($t: String!) { echo(text: $t) }', { t: "' OR 1=1 --\u0000" })).toBe('BAD_USER_INPUT');
    expect(await codeOf('{ echo(text: "a\\u0000b") }')).toBe('BAD_USER_INPUT');
    expect(resolved).toBe(0);
    expect(await codeOf('query($t: String!) { echo(text: $t) }', { t: 'two\nlines' })).toEqual({ echo: 'two\nlines' });
    await server.stop();
  });
});
