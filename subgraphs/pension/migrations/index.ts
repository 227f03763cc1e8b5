import type { Migration } from '@smart-casework/kit';
import { pensionTables } from './001_pension';

export const migrations: readonly Migration[] = [pensionTables];
