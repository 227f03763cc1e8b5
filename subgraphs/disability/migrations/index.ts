import type { Migration } from '@smart-casework/kit';
import { disabilityTables } from './001_disability';

export const migrations: readonly Migration[] = [disabilityTables];
