import { fileURLToPath } from 'node:url';
import { defineProject } from 'vitest/config';
import { sharedTest } from '../vitest.shared.ts';

// Unit tests of the portal's pure modules (list builder, formatting, exports) in Node.
export default defineProject({
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  test: {
    ...sharedTest,
    name: '@smart-casework/web',
    include: ['src/**/*.test.ts', 'app/**/*.test.ts'],
    environment: 'node',
  },
});
