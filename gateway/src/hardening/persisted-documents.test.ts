import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPersistedDocuments, normaliseHash, readManifest, sha256Hex } from './persisted-documents';

const ME = 'query Me { me { staffId } }';
const SEARCH = 'query Search($q: String!) { searchResidents(query: $q) { atenaNo } }';
const manifest = (...texts: string[]) => JSON.stringify(Object.fromEntries(texts.map((t) => [`sha256:${sha256Hex(t)}`, t])));

function scratch(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sc-persisted-'));
  mkdirSync(join(dir, 'operations'));
  writeFileSync(join(dir, 'portal.json'), manifest(ME));
  writeFileSync(join(dir, 'operations', 'tax.json'), JSON.stringify({ [sha256Hex(SEARCH)]: SEARCH }));
  writeFileSync(join(dir, 'operations', 'notes.txt'), 'not a manifest');
  return dir;
}

describe('persisted-document manifests', () => {
  it('reads files and every *.json of a directory, keyed by bare hex whatever the prefix', () => {
    const dir = scratch();
    const documents = loadPersistedDocuments({ paths: [join(dir, 'portal.json'), join(dir, 'operations')], required: true });
    expect(documents.size).toBe(2);
    expect(documents.files.map((f) => f.slice(dir.length))).toEqual(['/portal.json', '/operations/tax.json']);
    expect(documents.get(sha256Hex(ME))).toBe(ME);
    expect(documents.get(sha256Hex(SEARCH))).toBe(SEARCH);
  });

  it('normalises sha256:<hex>, upper case and refuses anything else', () => {
    const hex = sha256Hex(ME);
    expect([normaliseHash(`sha256:${hex}`), normaliseHash(hex.toUpperCase()), normaliseHash(hex)]).toEqual([hex, hex, hex]);
    expect([normaliseHash('abc'), normaliseHash(42), normaliseHash(`md5:${hex}`), normaliseHash(undefined)]).toEqual([null, null, null, null]);
  });

  it('refuses an entry whose key is not the hash of its document (edited by hand)', () => {
    const dir = scratch();
    writeFileSync(join(dir, 'edited.json'), JSON.stringify({ [sha256Hex(ME)]: `${ME} # edited` }));
    expect(() => readManifest(join(dir, 'edited.json'))).toThrow(/does not hash to it/);
    writeFileSync(join(dir, 'list.json'), JSON.stringify([ME]));
    expect(() => readManifest(join(dir, 'list.json'))).toThrow(/JSON object of hash/);
  });

  it('a missing path stops a persisted-mode start, and is skipped otherwise', () => {
    const missing = join(tmpdir(), 'sc-no-such-manifest.json');
    expect(() => loadPersistedDocuments({ paths: [missing], required: true })).toThrow(/PERSISTED_DOCUMENTS: .*sc-no-such-manifest.json does not exist/);
    expect(loadPersistedDocuments({ paths: [missing], required: false }).size).toBe(0);
  });

  it('refresh picks up a newly registered file, at most once per interval', () => {
    const dir = scratch();
    let now = 0;
    const documents = loadPersistedDocuments({ paths: [join(dir, 'operations')], required: true, minIntervalMs: 1000, now: () => now });
    const added = 'query Added { me { name } }';
    writeFileSync(join(dir, 'operations', 'added.json'), manifest(added));
    documents.refresh();
    expect(documents.get(sha256Hex(added))).toBeUndefined();
    now = 1000;
    documents.refresh();
    expect(documents.get(sha256Hex(added))).toBe(added);
  });
});
