import type { Migration } from '@smart-casework/kit';
import { welfare } from './001_welfare';

export const migrations: readonly Migration[] = [welfare];
