import type { Migration } from '@smart-casework/kit';
import { enrolments } from './001_enrolments';

export const migrations: readonly Migration[] = [enrolments];
