import type { Migration } from '@smart-casework/kit';
import { welfare } from './001_welfare';
import { notices } from './002_notices';
import { watcher } from './003_watcher';
import { applicationDecisions } from './004_application_decisions';
import { householdLocks } from './005_household_locks';

export const migrations: readonly Migration[] = [welfare, notices, watcher, applicationDecisions, householdLocks];
