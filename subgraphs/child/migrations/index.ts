import type { Migration } from '@smart-casework/kit';
import { childTables } from './001_child';

export const migrations: readonly Migration[] = [childTables];
