import { defineConfig } from 'vitest/config';

// One run over every workspace: `npx vitest run` (npm test adds typecheck and composition first).
export default defineConfig({
  test: {
    projects: ['subgraphs/*', 'gateway', 'tools', 'web'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    env: { SC_TODAY: '2025-10-01', LOG_LEVEL: 'silent' },
  },
});
