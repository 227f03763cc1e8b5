import { readdirSync, readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';
import { sharedTest } from './vitest.shared.ts';

// One run over every workspace (npm test adds codegen, composition and typecheck first). The
// portal has its own config file (aliases); every other workspace is a project defined here.
const workspaces = [...readdirSync('subgraphs').map((name) => `subgraphs/${name}`), 'gateway', 'tools'];
const nameOf = (root: string) => (JSON.parse(readFileSync(`${root}/package.json`, 'utf8')) as { name: string }).name;

export default defineConfig({
  test: {
    ...sharedTest,
    projects: [...workspaces.map((root) => ({ extends: true as const, test: { name: nameOf(root), root, include: ['**/*.test.ts'], exclude: ['**/node_modules/**'] } })), 'web/vitest.config.mts'],
  },
});
