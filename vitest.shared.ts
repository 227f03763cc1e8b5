import { tmpdir } from 'node:os';

/** Test settings every workspace shares (projects do not inherit the root config's `test`). */
export const sharedTest = {
  testTimeout: 30_000,
  hookTimeout: 180_000,
  // Gateways started in tests audit into memory unless a test passes its own audit sink or database.
  env: { SC_TODAY: '2025-10-01', LOG_LEVEL: 'silent', AUDIT_DB_URL: ':memory:', AUDIT_ANCHOR_FILE: `${tmpdir()}/smart-casework-test-audit-anchor.json` },
};
