import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { print, type DocumentNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { NoticeStreamSubscription } from '@/components/notices/notice-documents';
import * as generated from '@/gql/graphql';
import { documentHash, persistedQueryExtensions } from './persisted-documents';

const manifest = JSON.parse(readFileSync(new URL('../gql/persisted-documents.json', import.meta.url), 'utf8')) as Record<string, string>;
const isDocument = (value: unknown): value is DocumentNode => typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'Document';
const operations = Object.entries(generated).filter((entry): entry is [string, DocumentNode] => isDocument(entry[1]) && entry[1].definitions.some((d) => d.kind === 'OperationDefinition'));

describe("the portal's persisted documents (npm run codegen)", () => {
  it('every operation carries the hash of its entry in the manifest the gateway loads', () => {
    expect(operations.length).toBeGreaterThan(5);
    for (const [name, document] of operations) {
      const hash = documentHash(document);
      expect(hash, name).toMatch(/^[0-9a-f]{64}$/);
      const text = manifest[`sha256:${hash}`];
      expect(text, name).toBeDefined();
      expect(createHash('sha256').update(text ?? '').digest('hex'), name).toBe(hash);
    }
  });

  it('the live-notice subscription goes by hash too', () => {
    expect(persistedQueryExtensions(NoticeStreamSubscription)).toEqual({ persistedQuery: { version: 1, sha256Hash: documentHash(NoticeStreamSubscription) } });
    expect(() => persistedQueryExtensions({ kind: 'Document', definitions: [] } as unknown as DocumentNode)).toThrow(/codegen/);
    expect(print(NoticeStreamSubscription)).toContain('noticeAdded');
  });
});
