import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DELTA_DOCS_PATH, deltaDocs } from './delta-docs';

describe('docs/deltas.md', () => {
  it('says what the departments\' delta formats enforce (regenerate with npm run docs:deltas)', async () => {
    expect(readFileSync(DELTA_DOCS_PATH, 'utf8')).toBe(await deltaDocs());
  });
});
