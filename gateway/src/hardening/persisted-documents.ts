import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { repoRoot } from '@smart-casework/kit';

/**
 * Where the gateway finds persisted-document manifests by default: the portal's (written by
 * `npm run codegen`) and every `*.json` that another division registered in gateway/operations/.
 */
export const DEFAULT_DOCUMENT_PATHS = ['web/src/gql/persisted-documents.json', 'gateway/operations'];

/** The documents the gateway knows, by the lowercase hex sha256 of their exact text. */
export interface PersistedDocuments {
  get(hash: string): string | undefined;
  /** Re-reads the manifests (a division added a file, codegen ran); at most once per `minIntervalMs`. */
  refresh(): void;
  readonly size: number;
  /** The manifest files read, for the start-up log. */
  readonly files: readonly string[];
}

export interface LoadOptions {
  /** Files or directories (every `*.json` inside), relative to the repository root or absolute. */
  paths: readonly string[];
  /** A path that does not exist is an error (production); otherwise it is skipped. */
  required: boolean;
  /** Refreshes closer together than this re-use what was read (a miss must not reread on every request). */
  minIntervalMs?: number;
  now?: () => number;
}

export const sha256Hex = (text: string) => createHash('sha256').update(text).digest('hex');

/** `sha256:<hex>` (codegen, GraphQL over HTTP's documentId) or bare hex (Apollo's APQ) → bare lowercase hex. */
export function normaliseHash(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const hex = value.startsWith('sha256:') ? value.slice('sha256:'.length) : value;
  return /^[0-9a-fA-F]{64}$/.test(hex) ? hex.toLowerCase() : null;
}

function manifestFiles(paths: readonly string[], required: boolean): string[] {
  return paths.flatMap((path) => {
    const full = resolve(repoRoot, path);
    if (!existsSync(full)) {
      if (required) throw new Error(`PERSISTED_DOCUMENTS: ${full} does not exist (the portal's manifest comes from \`npm run codegen\`)`);
      return [];
    }
    if (!statSync(full).isDirectory()) return [full];
    return readdirSync(full).filter((name) => name.endsWith('.json')).sort().map((name) => join(full, name));
  });
}

/**
 * One manifest: `{ "<sha256>": "<document>" }`. Every entry's key must be the hash of its text,
 * so that a document sent in full can be recognised as registered by hashing it.
 */
export function readManifest(file: string): Map<string, string> {
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as unknown;
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error(`${file}: a persisted-document manifest is a JSON object of hash → document`);
  const documents = new Map<string, string>();
  for (const [key, text] of Object.entries(parsed)) {
    const hash = normaliseHash(key);
    if (!hash || typeof text !== 'string') throw new Error(`${file}: "${key.slice(0, 80)}" is not a sha256 hash with a document`);
    if (sha256Hex(text) !== hash) throw new Error(`${file}: the document under ${key} does not hash to it (edited by hand? regenerate the file)`);
    documents.set(hash, text);
  }
  return documents;
}

function readAll(paths: readonly string[], required: boolean) {
  const files = manifestFiles(paths, required);
  const documents = new Map<string, string>();
  for (const file of files) for (const [hash, text] of readManifest(file)) documents.set(hash, text);
  return { files, documents };
}

export function loadPersistedDocuments(options: LoadOptions): PersistedDocuments {
  const now = options.now ?? Date.now;
  const minIntervalMs = options.minIntervalMs ?? 2000;
  let loaded = readAll(options.paths, options.required);
  let loadedAt = now();
  return {
    get: (hash) => loaded.documents.get(hash),
    refresh() {
      if (now() - loadedAt < minIntervalMs) return;
      loadedAt = now();
      // A manifest broken while the gateway runs keeps the documents it had.
      try {
        loaded = readAll(options.paths, options.required);
      } catch {
        // reported at the next start, where it stops the gateway
      }
    },
    get size() {
      return loaded.documents.size;
    },
    get files() {
      return loaded.files;
    },
  };
}
