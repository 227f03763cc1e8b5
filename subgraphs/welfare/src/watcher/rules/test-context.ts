import type { RuleContext } from './types';

/** The context every rule test uses: detection on the test day, a 2級地 case. */
export const ctx: RuleContext = { name: '山田 花子', today: '2025-10-01', grade: '2級地' };
