import { existsSync, readFileSync } from 'node:fs';
import { loadConfig, repoRoot } from '@smart-casework/kit';
import { buildSchema, parse, specifiedRules, validate, type GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { documentPaths, hardeningEnv } from './config';
import { loadPersistedDocuments } from './persisted-documents';
import { exceedsTokens } from './resolve-document';
import { useArmor } from './use-armor';

/**
 * The default limits against the real API schema and every registered document: the portal's
 * (npm run codegen), the watcher's and the tax division's (gateway/operations/).
 */
const apiSchemaFile = `${repoRoot}/gateway/supergraph.api.graphql`;
if (!existsSync(apiSchemaFile)) throw new Error('gateway/supergraph.api.graphql is missing: run `npm run compose -w gateway` (npm test does)');
const schema = buildSchema(readFileSync(apiSchemaFile, 'utf8'));
const defaults = loadConfig(hardeningEnv, {});
const { validationRules } = useArmor({ maxDepth: defaults.GRAPHQL_MAX_DEPTH, maxCost: defaults.GRAPHQL_MAX_COST, maxAliases: defaults.GRAPHQL_MAX_ALIASES, maxDirectives: defaults.GRAPHQL_MAX_DIRECTIVES, blockFieldSuggestions: true });
const documents = loadPersistedDocuments({ paths: documentPaths(defaults), required: true });
const operationName = (text: string) => /(?:query|mutation|subscription)\s+(\w+)/.exec(text)?.[1] ?? '(anonymous)';
const check = (text: string) => validate(schema, parse(text), [...specifiedRules, ...validationRules]);
const limitsOf = (errors: readonly GraphQLError[]) => errors.map((e) => [e.extensions.code, e.extensions.limit]);

describe('GraphQL Armor limits (defaults of .env.example)', () => {
  const registered = documents.files.flatMap((file) => Object.values(JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>));

  it('reads the portal manifest and gateway/operations/', () => {
    const names = registered.map(operationName);
    expect(names).toEqual(expect.arrayContaining(['InvestigationList', 'NoticeStream', 'WatchHouseholds', 'TaxDivisionResident']));
  });

  it.each(registered.map((text) => [operationName(text), text]))('%s passes every limit', (_name, text) => {
    expect(check(text)).toEqual([]);
    expect(exceedsTokens(text, defaults.GRAPHQL_MAX_TOKENS)).toBe(false);
  });

  it('refuses a deeply nested query', () => {
    let selection = 'atenaNo';
    for (let i = 0; i < 8; i++) selection = `household { members { ${selection} } }`;
    expect(limitsOf(check(`query Deep { resident(atenaNo: "1") { ${selection} } }`))).toContainEqual(['QUERY_LIMIT_EXCEEDED', 'depth']);
  });

  it('refuses an alias bomb', () => {
    const aliases = Array.from({ length: 50 }, (_, i) => `a${i}: me { staffId }`).join(' ');
    expect(limitsOf(check(`query Bomb { ${aliases} }`))).toContainEqual(['QUERY_LIMIT_EXCEEDED', 'aliases']);
  });

  it('refuses a query that asks for too much', () => {
    const wide = 'name nameKana address tax { totalIncome incomes { kind income } } pension { benefits { kind annualAmount } }';
    const members = `household { members { ${wide} household { members { ${wide} } } } }`;
    expect(limitsOf(check(`query Wide { searchResidents(query: "a", first: 100) { ${wide} ${members} } }`))).toContainEqual(['QUERY_LIMIT_EXCEEDED', 'cost']);
  });

  it('refuses too many directives', () => {
    const fields = Array.from({ length: 11 }, () => 'staffId @include(if: true)').join(' ');
    expect(limitsOf(check(`query Many { me { ${fields} } }`))).toContainEqual(['QUERY_LIMIT_EXCEEDED', 'directives']);
  });

  it('refuses an oversized document before parsing', () => {
    expect(exceedsTokens(`query Big { me { ${'staffId '.repeat(3000)} } }`, defaults.GRAPHQL_MAX_TOKENS)).toBe(true);
  });
});
