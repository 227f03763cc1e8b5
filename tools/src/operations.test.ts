import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OPERATIONS_DIR, operationManifests } from './operations';

describe('gateway/operations/', () => {
  it.each([...operationManifests()])('%s matches its source (regenerate with npm run operations)', (name, content) => {
    expect(readFileSync(join(OPERATIONS_DIR, name), 'utf8')).toBe(content);
  });
});
