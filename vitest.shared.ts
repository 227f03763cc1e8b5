/** Test settings every workspace shares (projects do not inherit the root config's `test`). */
export const sharedTest = {
  testTimeout: 30_000,
  hookTimeout: 180_000,
  env: { SC_TODAY: '2025-10-01', LOG_LEVEL: 'silent' },
};
