import type { Migration } from '@smart-casework/kit';
import { careTables } from './001_care';

export const migrations: readonly Migration[] = [careTables];
