import { describe, expect, it } from 'vitest';
import { sha256Hex, type PersistedDocuments } from './persisted-documents';
import { exceedsTokens, resolveDocument, type DocumentsMode } from './resolve-document';

const KNOWN = 'query Me { me { staffId } }';
const OTHER = 'query Everyone { searchResidents(query: "a", first: 100) { name address } }';

function store(...texts: string[]): PersistedDocuments & { refreshes: number } {
  const byHash = new Map(texts.map((t) => [sha256Hex(t), t]));
  return { get: (h) => byHash.get(h), refresh() { this.refreshes += 1; }, refreshes: 0, size: byHash.size, files: [] };
}

const resolve = (mode: DocumentsMode, request: { query?: string; hash?: unknown }, maxTokens = 1000) =>
  resolveDocument({ documents: store(KNOWN), mode, maxTokens }, request);
const refusalCode = (resolution: ReturnType<typeof resolve>) => ('refusal' in resolution ? resolution.refusal.extensions.code : null);

describe('which document runs', () => {
  it('a known hash runs its registered text in either mode, whatever text came with it', () => {
    for (const mode of ['persisted', 'any'] as const) {
      expect(resolve(mode, { hash: sha256Hex(KNOWN) })).toEqual({ query: KNOWN });
      expect(resolve(mode, { hash: `sha256:${sha256Hex(KNOWN)}`, query: OTHER })).toEqual({ query: KNOWN });
    }
  });

  it('persisted mode refuses unknown hashes and any text that is not a registered document', () => {
    expect(refusalCode(resolve('persisted', { hash: sha256Hex(OTHER) }))).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect(refusalCode(resolve('persisted', { hash: sha256Hex(OTHER), query: OTHER }))).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect(refusalCode(resolve('persisted', { query: OTHER }))).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect(refusalCode(resolve('persisted', { query: `${KNOWN} ` }))).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect(refusalCode(resolve('persisted', { hash: 'not-a-hash' }))).toBe('PERSISTED_QUERY_NOT_FOUND');
  });

  it('persisted mode accepts the full text of a registered document, character for character', () => {
    expect(resolve('persisted', { query: KNOWN })).toEqual({ query: KNOWN });
  });

  it('any mode runs arbitrary text, and an unknown hash with its text (a newer client)', () => {
    expect(resolve('any', { query: OTHER })).toEqual({ query: OTHER });
    expect(resolve('any', { hash: sha256Hex(OTHER), query: OTHER })).toEqual({ query: OTHER });
    expect(refusalCode(resolve('any', { hash: sha256Hex(OTHER) }))).toBe('PERSISTED_QUERY_NOT_FOUND');
  });

  it('no document at all is left to Apollo (BAD_REQUEST)', () => {
    expect(resolve('persisted', {})).toEqual({ query: undefined });
  });

  it('rereads the manifests on an unknown hash (a division registered a file since)', () => {
    const documents = store(KNOWN);
    resolveDocument({ documents, mode: 'persisted', maxTokens: 0 }, { hash: sha256Hex(OTHER) });
    expect(documents.refreshes).toBe(1);
  });

  it('refuses in Japanese with the English in messageEn, HTTP 400', () => {
    const resolution = resolve('persisted', { query: OTHER });
    if (!('refusal' in resolution)) throw new Error('expected a refusal');
    expect(resolution.refusal.message).toMatch(/登録されていない照会/);
    expect(resolution.refusal.extensions).toMatchObject({ code: 'PERSISTED_QUERY_NOT_FOUND', messageEn: expect.stringMatching(/registered/), http: { status: 400 } });
  });
});

describe('token limit', () => {
  it('counts tokens without comments, and stops at the limit', () => {
    expect(exceedsTokens('{ me { staffId } }', 6)).toBe(false);
    expect(exceedsTokens('{ me { staffId } }', 5)).toBe(true);
    expect(exceedsTokens('# a long comment\n{ me { staffId } }', 6)).toBe(false);
    expect(exceedsTokens(`{ ${'a '.repeat(1_000_000)} }`, 100)).toBe(true);
    expect(exceedsTokens('{ me { staffId } }', 0)).toBe(false);
  });

  it('a registered document over the limit is refused too, as QUERY_LIMIT_EXCEEDED', () => {
    const resolution = resolve('persisted', { hash: sha256Hex(KNOWN) }, 3);
    if (!('refusal' in resolution)) throw new Error('expected a refusal');
    expect(resolution.refusal.extensions).toMatchObject({ code: 'QUERY_LIMIT_EXCEEDED', limit: 'tokens' });
  });
});
