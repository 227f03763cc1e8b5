import type { Migration } from '@smart-casework/kit';
import { registry } from './001_registry';

export const migrations: readonly Migration[] = [registry];
