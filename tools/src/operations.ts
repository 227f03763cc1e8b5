/**
 * The persisted-document manifests other clients register with the gateway (gateway/operations/):
 * the change watcher's document, from its source, and each `*.graphql` there, as
 * `{ "<sha256 of the exact text>": "<text>" }`. `npm run operations` writes them; a test keeps
 * the committed files in step with their sources.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '@smart-casework/kit';
import { WATCH_QUERY } from '@smart-casework/welfare/watcher/query';

export const OPERATIONS_DIR = join(repoRoot, 'gateway', 'operations');

const manifest = (text: string) => `${JSON.stringify({ [createHash('sha256').update(text).digest('hex')]: text }, null, 2)}\n`;

/** File name → content of every generated manifest. */
export function operationManifests(): Map<string, string> {
  const files = new Map([['welfare-watcher.json', manifest(WATCH_QUERY)]]);
  for (const name of readdirSync(OPERATIONS_DIR).filter((n) => n.endsWith('.graphql')).sort()) {
    files.set(name.replace(/\.graphql$/, '.json'), manifest(readFileSync(join(OPERATIONS_DIR, name), 'utf8')));
  }
  return files;
}
